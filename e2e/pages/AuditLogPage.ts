import { expect, type Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';
import { selectOption } from './components.js';

/** `/audit`: who changed what (admins), with its filters kept in the address. */
export class AuditLogPage extends BasePage {
  get heading(): Locator {
    return this.title('audit.title');
  }
  get table(): Locator {
    return this.main.getByRole('table');
  }
  get filters(): Locator {
    return this.main.getByRole('region', { name: this.t('audit.filters.label') });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/audit${query}`);
    await this.waitForEntries();
  }

  async waitForEntries(): Promise<void> {
    await this.heading.waitFor();
    await this.waitForData(this.table);
  }

  /** Picks a choice in one of the selects (record type, who, action), by its label. */
  async choose(filter: 'entityType' | 'actor' | 'action', option: string): Promise<void> {
    const input = this.filters.getByRole('textbox', { name: this.t(`audit.filters.${filter}`), exact: true });
    await selectOption(this.page, input, option);
    // Each choice is in the address before the next is made.
    const param = { entityType: 'type', actor: 'actor', action: 'action' }[filter];
    await this.page.waitForURL((url) => url.searchParams.has(param));
    await this.waitForData(this.table);
  }

  /** Picks a day in the "from" or "to" calendar by its name there ("4 декември 2026"). */
  async chooseDay(end: 'from' | 'to', dayName: string): Promise<void> {
    const input = this.filters.getByRole('button', { name: this.t(`audit.filters.${end}`), exact: true });
    await input.click();
    // This input's calendar: the other one may still be fading out, with the same day in it.
    const calendar = this.page.locator(`[id="${await input.getAttribute('aria-controls')}"]`);
    await calendar.getByRole('button', { name: dayName, exact: true }).click();
    await expect(calendar).toHaveCount(0);
    await this.page.waitForURL((url) => url.searchParams.has(end));
    await this.waitForData(this.table);
  }

  /** The entries' rows (without the header). */
  get rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }
}
