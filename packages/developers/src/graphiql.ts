import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Example } from './examples';
import { repairGraphiQL } from './graphiql-a11y';
import type { Lang } from './page-texts';

export interface Playground {
  show(example: Example, run: boolean): void;
  /** Names its editors in the page's language again. */
  relabel(): void;
}

type Fetcher = GraphiQLProps['fetcher'];
type Storage = NonNullable<GraphiQLProps['storage']>;

/** Tabs kept for the page's life only: a reload shows the page's example, not an old tab. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  };
}

/** A wait on the server is bounded, so GraphiQL shows an error rather than spinning for ever. */
const TIMEOUT_MS = 30_000;

/**
 * Mounts GraphiQL (bundled: no CDN, no web fonts) in `container`. Queries go to
 * this server's /graphql with the token field's value as a bearer token; the token lives only in
 * the form field, never in storage.
 */
export function mountGraphiQL(
  container: HTMLElement,
  token: () => string,
  lang: () => Lang,
  first: Example,
): Playground {
  const fetcher: Fetcher = async (params, options) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options?.headers as Record<string, string> | undefined),
    };
    const value = token().trim();
    if (value) headers.authorization = `Bearer ${value}`;
    const response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify(params),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return response.json();
  };
  const root = createRoot(container);
  const storage = memoryStorage();
  // The `query` and `variables` props replace the editors' text whenever they change.
  const render = (example: Example) =>
    root.render(
      createElement(GraphiQL, {
        fetcher,
        query: example.query,
        variables: example.variables,
        defaultEditorToolsVisibility: 'variables',
        storage,
        shouldPersistHeaders: false,
        // The page is light, and its contrast fixes (page.css) are for the light theme.
        forcedTheme: 'light',
      }),
    );
  render(first);
  const repair = repairGraphiQL(container, lang);
  return {
    relabel: repair,
    show(example, run) {
      render(example);
      if (run) runWhenLoaded(container, example.query);
    },
  };
}

/** CodeMirror 5 hangs its editor object on its element. */
type EditorElement = HTMLElement & { CodeMirror?: { getValue(): string } };

/**
 * Presses GraphiQL's own run button once its query editor holds `query` (React renders, and
 * GraphiQL fills its editors, a moment after `render`; CodeMirror loads lazily); gives up after 20 s.
 */
function runWhenLoaded(container: HTMLElement, query: string, attempts = 200): void {
  const editor = container.querySelector<EditorElement>('.graphiql-query-editor .CodeMirror');
  const button = container.querySelector<HTMLButtonElement>('.graphiql-execute-button');
  if (editor?.CodeMirror?.getValue() === query && button) {
    button.click();
    confirmRun(container, button, 5);
    return;
  }
  if (attempts > 0) setTimeout(() => runWhenLoaded(container, query, attempts - 1), 100);
}

/**
 * A click that GraphiQL takes before it is fully ready (its schema still loading, on a slow
 * machine) runs nothing: if the result is still empty after a while, press the button again.
 * (A demo query answers in well under the wait, so a request in flight is not cancelled.)
 */
function confirmRun(container: HTMLElement, button: HTMLButtonElement, tries: number): void {
  setTimeout(() => {
    const result = container.querySelector<EditorElement>('.result-window .CodeMirror');
    if (result?.CodeMirror?.getValue().trim() || tries <= 0) return;
    button.click();
    confirmRun(container, button, tries - 1);
  }, 2500);
}
