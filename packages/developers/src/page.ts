import './page.css';
import { EXAMPLES, practiceExample } from './examples';
import { type Lang, PAGE_TEXTS } from './page-texts';
import type { Playground } from './graphiql';

/**
 * The developer page: both languages are in the HTML (Bulgarian shown first); `?lang=en` or the
 * language links switch without a reload. GraphiQL loads after the text, as its own chunk.
 */

const params = new URLSearchParams(location.search);
let lang: Lang = params.get('lang') === 'en' ? 'en' : 'bg';

function applyLanguage(next: Lang): void {
  lang = next;
  const texts = PAGE_TEXTS[lang];
  document.documentElement.lang = lang;
  document.title = texts.title;
  for (const block of document.querySelectorAll<HTMLElement>('[data-lang]'))
    block.hidden = block.dataset.lang !== lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    node.textContent = texts[node.dataset.i18n!];
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    node.setAttribute('aria-label', texts[node.dataset.i18nLabel!]);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-link]')) {
    if (link.dataset.langLink === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  const select = document.querySelector<HTMLSelectElement>('#example');
  if (select) {
    const chosen = select.value;
    select.replaceChildren(...EXAMPLES.map((e) => new Option(e.title[lang], e.name)));
    if (chosen) select.value = chosen;
  }
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-link]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const next = link.dataset.langLink === 'en' ? 'en' : 'bg';
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(null, '', url);
    applyLanguage(next);
    playground?.relabel();
    document.querySelector<HTMLElement>(`[data-lang="${next}"] h1`)?.focus();
  });
}
for (const heading of document.querySelectorAll<HTMLElement>('[data-lang] h1')) heading.tabIndex = -1;
for (const node of document.querySelectorAll('[data-origin]')) node.textContent = location.origin;
applyLanguage(lang);

const form = document.querySelector<HTMLFormElement>('#try-form')!;
const select = document.querySelector<HTMLSelectElement>('#example')!;
let playground: Playground | null = null;
/** Chosen before GraphiQL finished loading: run once it is there. */
let pending: string | null = null;
// Never submitted for real: the token would end up in the address.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!playground) pending = select.value;
  else playground.show(EXAMPLES.find((e) => e.name === select.value) ?? EXAMPLES[0], true);
});

async function startPlayground(): Promise<void> {
  const container = document.querySelector<HTMLElement>('#graphiql')!;
  const token = document.querySelector<HTMLInputElement>('#token')!;
  // A widget's link to a practice opens its detail query here, run at once.
  const practice = params.get('practice');
  const first = practice ? practiceExample(practice, lang) : EXAMPLES[0];
  try {
    const { mountGraphiQL } = await import('./graphiql');
    container.replaceChildren();
    playground = mountGraphiQL(
      container,
      () => token.value,
      () => lang,
      first,
    );
  } catch {
    const message = container.querySelector('[role="status"]');
    if (message) message.textContent = PAGE_TEXTS[lang].graphiqlFailed;
    return;
  }
  if (pending) form.requestSubmit();
  else if (practice) playground.show(first, true);
}

void startPlayground();
