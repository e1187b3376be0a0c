import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import bg from './bg.json';
import { DEFAULT_LANGUAGE, type Language, rememberLanguage, storedLanguage } from './languages';

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

/** Switches the interface language, remembers it, and marks the document's language. */
export async function changeLanguage(language: Language): Promise<void> {
  await ensureMessages(language);
  await i18n.changeLanguage(language);
  rememberLanguage(browserStorage(), language);
  document.documentElement.lang = language;
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
  if (language !== DEFAULT_LANGUAGE) await changeLanguage(language).catch(() => undefined);
  document.documentElement.lang = i18n.language;
  return i18n;
}

export { i18n };
