export type Lang = 'bg' | 'en';

export const TEXTS = {
  bg: {
    heading: 'Практики от Обмен',
    loading: 'Зареждане на практиките…',
    count: (shown: number, total: number) =>
      total > shown
        ? `Показани ${shown} от ${total} практики.`
        : `${total} ${total === 1 ? 'практика' : 'практики'}.`,
    empty: 'Няма публикувани практики за този избор.',
    error: 'Практиките не могат да се заредят в момента. Опитайте по-късно.',
    organization: 'Организация',
    municipalities: 'Общини',
    source: 'Източник: Обмен — регистър на иновативни социални практики',
  },
  en: {
    heading: 'Practices from Obmen',
    loading: 'Loading the practices…',
    count: (shown: number, total: number) =>
      total > shown
        ? `Showing ${shown} of ${total} practices.`
        : `${total} ${total === 1 ? 'practice' : 'practices'}.`,
    empty: 'No published practices for this choice.',
    error: 'The practices cannot be loaded right now. Please try again later.',
    organization: 'Organization',
    municipalities: 'Municipalities',
    source: 'Source: Obmen — registry of innovative social practices',
  },
} as const;

export const langOf = (value: string | null): Lang => (value?.toLowerCase().startsWith('en') ? 'en' : 'bg');
