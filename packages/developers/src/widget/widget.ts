import { type Choice, fetchPractices, type WidgetPractice } from './api';
import { applyStyles } from './styles';
import { type Lang, langOf, TEXTS } from './texts';

/**
 * `<obmen-practices municipality="PDV26" lang="bg" limit="5">`: published practices of a
 * municipality, district, theme or partner network, read from the Obmen server this script was
 * loaded from. `<script src=".../widget.js" data-municipality="PDV26">` inserts one after itself.
 */

const script = document.currentScript as HTMLScriptElement | null;
/** The Obmen server: where this script came from (document.currentScript is gone after this run). */
const ORIGIN = new URL(script?.src || location.href).origin;
const ATTRIBUTES = [
  'municipality',
  'district',
  'theme',
  'network',
  'lang',
  'limit',
  'heading',
  'practice-url',
];
const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 20;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** Summaries are sanitized HTML: shown as plain text (DOMParser runs no script), shortened. */
function plainText(html: string | null, max = 240): string {
  const text = (new DOMParser().parseFromString(html ?? '', 'text/html').body.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

class ObmenPractices extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  readonly #root = this.attachShadow({ mode: 'open' });
  #run = 0;
  #scheduled = false;

  connectedCallback(): void {
    this.#schedule();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#schedule();
  }

  /** Several attributes set in a row make one request. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      void this.#render();
    });
  }

  #practiceUrl(practice: WidgetPractice, lang: Lang): string {
    const template = this.getAttribute('practice-url');
    if (template) return template.replaceAll('{slug}', encodeURIComponent(practice.slug));
    const url = new URL('/developers', ORIGIN);
    url.searchParams.set('practice', practice.slug);
    url.searchParams.set('lang', lang);
    return url.href;
  }

  async #render(): Promise<void> {
    const run = ++this.#run;
    const lang = langOf(this.getAttribute('lang') ?? document.documentElement.lang);
    const t = TEXTS[lang];
    const limit = Math.min(MAX_LIMIT, Math.max(1, Number(this.getAttribute('limit')) || DEFAULT_LIMIT));
    const choice: Choice = {
      municipality: this.getAttribute('municipality') ?? undefined,
      district: this.getAttribute('district') ?? undefined,
      theme: this.getAttribute('theme') ?? undefined,
      network: this.getAttribute('network') ?? undefined,
    };

    const section = element('section');
    section.lang = lang;
    const heading = element('h2', this.getAttribute('heading') ?? t.heading);
    heading.id = 'obmen-heading';
    section.setAttribute('aria-labelledby', heading.id);
    // Present from the start, so screen readers announce what is written into it later.
    const status = element('p', t.loading, 'status');
    status.setAttribute('role', 'status');
    section.setAttribute('aria-busy', 'true');
    section.append(heading, status);
    this.#root.replaceChildren();
    applyStyles(this.#root);
    this.#root.append(section);

    try {
      const { totalCount, practices } = await fetchPractices(ORIGIN, choice, limit, lang);
      if (run !== this.#run) return;
      status.textContent = practices.length ? t.count(practices.length, totalCount) : t.empty;
      if (practices.length) section.append(this.#list(practices, lang));
    } catch {
      if (run !== this.#run) return;
      status.removeAttribute('role');
      status.textContent = '';
      const error = element('p', t.error, 'error');
      error.setAttribute('role', 'alert');
      section.append(error);
    }
    section.setAttribute('aria-busy', 'false');
    const source = element('p', undefined, 'source');
    const link = element('a', t.source);
    link.href = new URL(`/developers?lang=${lang}`, ORIGIN).href;
    source.append(link);
    section.append(source);
  }

  #list(practices: WidgetPractice[], lang: Lang): HTMLUListElement {
    const t = TEXTS[lang];
    const list = element('ul');
    for (const practice of practices) {
      const item = element('li');
      const title = element('h3');
      const link = element('a', practice.title);
      link.href = this.#practiceUrl(practice, lang);
      title.append(link);
      item.append(title);
      const places = practice.municipalities.map((m) => (lang === 'en' ? m.nameEn : m.nameBg)).join(', ');
      const meta = [
        practice.organization ? `${t.organization}: ${practice.organization.name}` : '',
        places ? `${t.municipalities}: ${places}` : '',
      ].filter(Boolean);
      if (meta.length) item.append(element('p', meta.join(' · '), 'meta'));
      const summary = plainText(practice.summary);
      if (summary) item.append(element('p', summary));
      list.append(item);
    }
    return list;
  }
}

if (!customElements.get('obmen-practices')) customElements.define('obmen-practices', ObmenPractices);

// The one-tag form: the script's data-* attributes make an element right after it.
if (script && ATTRIBUTES.some((name) => script.hasAttribute(`data-${name}`))) {
  const widget = document.createElement('obmen-practices');
  for (const name of ATTRIBUTES) {
    const value = script.getAttribute(`data-${name}`);
    if (value !== null) widget.setAttribute(name, value);
  }
  script.after(widget);
}
