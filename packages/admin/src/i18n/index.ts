import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import bg from './bg.json';
import {
  accountLanguageToApply,
  DEFAULT_LANGUAGE,
  LANGUAGE_CHOSEN_KEY,
  type Language,
  rememberLanguage,
  storedLanguage,
} from './languages';

export * from './languages';

type Messages = typeof bg;

/** Bulgarian ships with the app; other languages load when first chosen. */
const loaders: Record<Exclude<Language, 'bg'>, () => Promise<{ default: Messages }>> = {
  en: () => import('./en.json'),
};

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function ensureMessages(language: Language): Promise<void> {
  if (language === 'bg' || i18n.hasResourceBundle(language, 'translation')) return;
  const messages = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', messages.default, true, true);
}

async function switchLanguage(language: Language): Promise<void> {
  await ensureMessages(language);
  await i18n.changeLanguage(language);
  rememberLanguage(browserStorage(), language);
  document.documentElement.lang = language;
}

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function chosenInThisTab(): boolean {
  try {
    return tabStorage()?.getItem(LANGUAGE_CHOSEN_KEY) === '1';
  } catch {
    return false;
  }
}

/** The user's own choice: switches the interface language, remembers it, and marks the document's language. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    tabStorage()?.setItem(LANGUAGE_CHOSEN_KEY, '1');
  } catch {
    // Not remembered: a reload may bring the account's language back, nothing worse.
  }
  await switchLanguage(language);
}

/** After sign-in or on load: the language saved on the account, unless the user chose one in this tab. */
export async function applyAccountLanguage(saved: 'BG' | 'EN' | null | undefined): Promise<void> {
  const language = accountLanguageToApply(saved, i18n.language, chosenInThisTab());
  if (language) await switchLanguage(language);
}

/** A new sign-in starts without a choice of its own: the next account's language applies. */
export function forgetLanguageChoice(): void {
  try {
    tabStorage()?.removeItem(LANGUAGE_CHOSEN_KEY);
  } catch {
    // Nothing remembered to forget.
  }
}

/** Starts i18next in the remembered language (Bulgarian by default). */
export async function initI18n(): Promise<typeof i18n> {
  const language = storedLanguage(browserStorage());
  await i18n.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['bg', 'en'],
    resources: { bg: { translation: bg } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== DEFAULT_LANGUAGE) await switchLanguage(language).catch(() => undefined);
  document.documentElement.lang = i18n.language;
  return i18n;
}

export { i18n };
