import { useTranslation } from 'react-i18next';
import { contentLocale, DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** The interface language and the content locale queries ask for in it. */
export function useLanguage(): { language: Language; locale: 'BG' | 'EN' } {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return { language, locale: contentLocale(language) };
}
