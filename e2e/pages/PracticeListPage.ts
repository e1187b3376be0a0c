import type { Locator, Page } from 'playwright-core';
import { translator, type Language } from '../src/i18n.js';

/** `/practices`: filters in the address, the table, paging. */
export class PracticeListPage {
  private readonly t;

  constructor(
    readonly page: Page,
    language: Language = 'bg',
  ) {
    this.t = translator(language);
  }

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: this.t('practices.title') });
  }
  get search(): Locator {
    return this.page.getByRole('textbox', { name: this.t('practices.filters.search') });
  }
  get table(): Locator {
    return this.page.getByRole('table');
  }
  get newButton(): Locator {
    return this.page.getByRole('link', { name: this.t('practices.new') });
  }
  /** The table's link to a practice. */
  link(title: string): Locator {
    return this.table.getByRole('link', { name: title, exact: true });
  }
  /** The table row of a practice. */
  row(title: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/practices${query}`);
    await this.waitForRows();
  }

  /** Waits until the table shows data (no skeleton rows, not busy). */
  async waitForRows(): Promise<void> {
    await this.heading.waitFor();
    await this.page.locator('table[aria-busy="false"]').waitFor();
    await this.page.locator('table .mantine-Skeleton-root').first().waitFor({ state: 'detached' });
  }

  /** Types into the search box and waits for the address to carry it. */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.page.waitForURL((url) => url.searchParams.get('q') === text.trim());
    await this.waitForRows();
  }

  async open(title: string): Promise<void> {
    await this.link(title).click();
    await this.page.waitForURL(/\/practices\/[^/]+$/);
  }

  async startNew(): Promise<void> {
    await this.newButton.click();
    await this.page.waitForURL((url) => url.pathname === '/practices/new');
  }
}
