/**
 * The widget's own CSS, inside its shadow root: the host page's selectors cannot reach in, and
 * `all: initial` stops the inherited font, colour and spacing from leaking through. Partners
 * restyle it with the custom properties below (they do cross the shadow boundary, on purpose).
 */
export const CSS = `
:host {
  all: initial;
  display: block;
  font-family: var(--obmen-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  font-size: var(--obmen-font-size, 16px);
  line-height: 1.5;
  color: var(--obmen-text, #1a1b1e);
}
:host([hidden]) { display: none; }
section {
  background: var(--obmen-background, #fff);
  border: 1px solid var(--obmen-border, #ced4da);
  border-radius: 8px;
  padding: 1em 1.25em;
}
h2 { font-size: 1.25em; margin: 0 0 0.5em; }
h3 { font-size: 1em; margin: 0 0 0.25em; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 0.75em 0; border-top: 1px solid var(--obmen-border, #ced4da); }
p { margin: 0.25em 0; }
.meta, .status, .source { font-size: 0.875em; color: var(--obmen-muted, #495057); }
.error { color: var(--obmen-error, #a61e1e); }
a { color: var(--obmen-link, #1c5bb8); text-decoration: underline; }
a:focus-visible {
  outline: 3px solid var(--obmen-focus, #1c5bb8);
  outline-offset: 2px;
  border-radius: 2px;
}
`;

let shared: CSSStyleSheet | null = null;

/**
 * Adopts one constructed sheet in every widget on the page; a `<style>` element where the
 * browser has no constructable stylesheets.
 */
export function applyStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
