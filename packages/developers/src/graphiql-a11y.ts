import type { Lang } from './page-texts';

/** Names for CodeMirror's hidden text areas, by the editor they belong to. */
const EDITOR_NAMES: Record<Lang, [selector: string, name: string][]> = {
  bg: [
    ['.graphiql-query-editor', 'Заявка (GraphQL)'],
    ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', 'Променливи (JSON)'],
    ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', 'Заглавки (JSON)'],
    ['.graphiql-response', 'Отговор'],
  ],
  en: [
    ['.graphiql-query-editor', 'Query (GraphQL)'],
    ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', 'Variables (JSON)'],
    ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', 'Headers (JSON)'],
    ['.graphiql-response', 'Result'],
  ],
};

/**
 * What GraphiQL 4 leaves out for assistive technology, added after each render: CodeMirror's
 * text areas get names, and its scrolling panes (tabindex -1) can be reached and scrolled with
 * the keyboard. Its tab strip, whose tabs hold close buttons (a control inside a control), is
 * hidden in page.css: the example picker above takes its place.
 */
export function repairGraphiQL(container: HTMLElement, lang: () => Lang): () => void {
  const repair = () => {
    for (const [selector, name] of EDITOR_NAMES[lang()]) {
      for (const area of container.querySelectorAll<HTMLTextAreaElement>(`${selector} textarea`)) {
        if (area.getAttribute('aria-label') !== name) area.setAttribute('aria-label', name);
      }
    }
    for (const pane of container.querySelectorAll<HTMLElement>('.CodeMirror-scroll[tabindex="-1"]')) {
      pane.tabIndex = 0;
    }
  };
  const observer = new MutationObserver(repair);
  observer.observe(container, { childList: true, subtree: true });
  repair();
  return repair;
}
