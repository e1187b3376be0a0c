import i18next, { type TFunction } from 'i18next';
import bg from '../i18n/bg.json';
import en from '../i18n/en.json';
import { statusChangedMessage, statusLabel } from './grammar';

async function translator(language: 'bg' | 'en'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: 'bg',
    resources: { bg: { translation: bg }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('statuses agree with the noun', () => {
  it('in Bulgarian: a practice or programme is "публикувана", a project "публикуван", several kinds "публикувани"', async () => {
    const t = await translator('bg');
    expect(statusLabel(t, 'PUBLISHED', 'Practice')).toBe('Публикувана');
    expect(statusLabel(t, 'ARCHIVED', 'VolunteerProgramme')).toBe('Архивирана');
    expect(statusLabel(t, 'PUBLISHED', 'Project')).toBe('Публикуван');
    expect(statusLabel(t, 'ARCHIVED', 'Project')).toBe('Архивиран');
    expect(statusLabel(t, 'PUBLISHED', 'many')).toBe('Публикувани');
    expect(statusLabel(t, 'DRAFT', 'many')).toBe('Чернови');
    // Nouns and phrases that do not change with gender stay as they are.
    expect(statusLabel(t, 'DRAFT', 'Project')).toBe('Чернова');
    expect(statusLabel(t, 'IN_REVIEW', 'Project')).toBe('За преглед');
  });

  it('announces a status change in a sentence that agrees: "Проектът е публикуван."', async () => {
    const t = await translator('bg');
    expect(statusChangedMessage(t, 'PUBLISHED', 'Practice', t('practices.subject'))).toBe(
      'Практиката е публикувана.',
    );
    expect(statusChangedMessage(t, 'PUBLISHED', 'Project', t('projects.subject'))).toBe(
      'Проектът е публикуван.',
    );
    expect(statusChangedMessage(t, 'IN_REVIEW', 'Project', t('projects.subject'))).toBe(
      'Проектът е изпратен за преглед.',
    );
    expect(statusChangedMessage(t, 'DRAFT', 'Practice', t('practices.subject'))).toBe(
      'Практиката е върната в чернова.',
    );
  });

  it('in English the words are the same for every kind', async () => {
    const t = await translator('en');
    for (const type of ['Practice', 'Project', 'many'] as const) {
      expect(statusLabel(t, 'PUBLISHED', type)).toBe('Published');
      expect(statusLabel(t, 'DRAFT', type)).toBe('Draft');
    }
    expect(statusChangedMessage(t, 'ARCHIVED', 'Project', t('projects.subject'))).toBe(
      'The project is archived.',
    );
  });
});
