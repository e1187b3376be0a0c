export type Lang = 'bg' | 'en';

/** Texts of the page outside its two language blocks (the GraphiQL section, the title). */
export const PAGE_TEXTS: Record<Lang, Record<string, string>> = {
  bg: {
    title: 'Обмен — за разработчици',
    skip: 'Към съдържанието',
    languages: 'Език',
    tryTitle: 'Опитайте',
    tryIntro: 'GraphiQL на тази страница изпраща заявките до този сървър.',
    tokenLabel: 'Ключ (по желание)',
    tokenHint: 'Ключът се пази само в тази страница и се изпраща като Authorization: Bearer.',
    exampleLabel: 'Пример',
    runExample: 'Изпълни примера',
    graphiqlLabel: 'GraphiQL',
    graphiqlLoading: 'Зареждане на GraphiQL…',
    graphiqlFailed: 'GraphiQL не се зареди. Презаредете страницата.',
  },
  en: {
    title: 'Obmen — for developers',
    skip: 'Skip to content',
    languages: 'Language',
    tryTitle: 'Try it',
    tryIntro: 'The GraphiQL on this page sends its queries to this server.',
    tokenLabel: 'Token (optional)',
    tokenHint: 'The token stays in this page only and is sent as Authorization: Bearer.',
    exampleLabel: 'Example',
    runExample: 'Run the example',
    graphiqlLabel: 'GraphiQL',
    graphiqlLoading: 'Loading GraphiQL…',
    graphiqlFailed: 'GraphiQL did not load. Reload the page.',
  },
};
