import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

/** `/practices`: filters in the address, the table, paging. */
export class PracticeListPage extends BasePage {
  get heading(): Locator {
    return this.title('practices.title');
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

  /** Waits until the table shows data (not busy: no skeleton rows). */
  async waitForRows(): Promise<void> {
    await this.heading.waitFor();
    await this.waitForData(this.table);
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
