import type { Locator, Page } from '@playwright/test';

export type DeveloperPageLanguage = 'bg' | 'en';

/** The page's own texts (packages/developers: index.html and src/page-texts.ts). */
const TEXTS = {
  bg: {
    heading: 'Обмен за разработчици',
    languages: 'Език',
    token: 'Ключ (по желание)',
    example: 'Пример',
    run: 'Изпълни примера',
  },
  en: {
    heading: 'Obmen for developers',
    languages: 'Language',
    token: 'Token (optional)',
    example: 'Example',
    run: 'Run the example',
  },
} as const;

/**
 * The partner developer page at /developers: the text in Bulgarian or English, the language
 * links, and the bundled GraphiQL with its token field and example picker.
 */
export class DevelopersPage {
  constructor(
    readonly page: Page,
    private language: DeveloperPageLanguage = 'bg',
  ) {}

  private get texts() {
    return TEXTS[this.language];
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/developers${query}`);
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.texts.heading });
  }

  languageLink(language: DeveloperPageLanguage): Locator {
    return this.page
      .getByRole('navigation', { name: this.texts.languages })
      .getByRole('link', { name: language === 'bg' ? 'Български' : 'English' });
  }

  /** Follows the language link and waits for the page in that language. */
  async switchTo(language: DeveloperPageLanguage): Promise<void> {
    await this.languageLink(language).click();
    this.language = language;
    await this.heading.waitFor();
  }

  get tokenField(): Locator {
    return this.page.getByLabel(this.texts.token);
  }

  get examplePicker(): Locator {
    return this.page.getByRole('combobox', { name: this.texts.example });
  }

  get runButton(): Locator {
    return this.page.getByRole('button', { name: this.texts.run });
  }

  get graphiql(): Locator {
    return this.page.getByRole('region', { name: 'GraphiQL' });
  }

  /** GraphiQL's result pane (its own accessible name). */
  get result(): Locator {
    return this.graphiql.getByRole('region', { name: 'Result Window' });
  }

  /** Loads an example into GraphiQL and runs it, once GraphiQL has rendered its editor. */
  async runExample(title: string): Promise<void> {
    await this.graphiql.locator('.graphiql-query-editor .CodeMirror').waitFor();
    await this.examplePicker.selectOption({ label: title });
    await this.runButton.click();
  }
}
