/** Interface languages: Bulgarian first (the default), English second. */
export const LANGUAGES = ['bg', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'bg';

/** Where the chosen language is remembered in the browser. */
export const LANGUAGE_STORAGE_KEY = 'obmen.admin.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered language, or Bulgarian when nothing (or something unknown) is stored. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | null | undefined): Language {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (privacy settings): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | null | undefined, language: Language) {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still applies to this visit.
  }
}

/** The `locale` argument content queries take for an interface language. */
export function contentLocale(language: string): 'BG' | 'EN' {
  return language === 'en' ? 'EN' : 'BG';
}

/** Where this tab remembers that the user chose a language themselves (see accountLanguageToApply). */
export const LANGUAGE_CHOSEN_KEY = 'obmen.admin.languageChosen';

/**
 * The language an account saved in "My account" (`me.language`), to switch to once `me` is
 * known, at sign-in or on load; null to stay: nothing saved, already in it, or the user picked
 * a language themselves in this tab (their choice wins over the account's).
 */
export function accountLanguageToApply(
  saved: 'BG' | 'EN' | null | undefined,
  current: string,
  chosenInThisTab: boolean,
): Language | null {
  if (!saved || chosenInThisTab) return null;
  const language: Language = saved === 'EN' ? 'en' : 'bg';
  return language === current ? null : language;
}
