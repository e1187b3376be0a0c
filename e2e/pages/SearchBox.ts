import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

export type SearchGroup = 'Practice' | 'Project' | 'Organization' | 'PartnerNetwork';

/**
 * The global search in the header: the button (or Ctrl+K, "/") opens a dialog with a search field
 * (a combobox) and the results, grouped by type, as options of a listbox.
 */
export class SearchBox extends BasePage {
  get button(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: this.t('search.open'), exact: true });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('search.dialog') });
  }
  get field(): Locator {
    return this.dialog.getByRole('combobox', { name: this.t('search.label') });
  }
  get results(): Locator {
    return this.dialog.getByRole('listbox', { name: this.t('search.results') });
  }
  /** The results of one type, under its heading. */
  group(type: SearchGroup): Locator {
    return this.results.getByRole('group', { name: this.t(`search.groups.${type}`) });
  }
  /** A result, by its title (its accessible name also holds the snippet: matched from the start). */
  result(title: string, type?: SearchGroup): Locator {
    const name = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    return (type ? this.group(type) : this.results).getByRole('option', { name });
  }
  /** The result Enter opens. */
  get activeResult(): Locator {
    return this.results.getByRole('option', { selected: true });
  }
  /** "Nothing found for …". */
  noResults(query: string): Locator {
    return this.dialog.getByText(this.t('search.noResults', { query }), { exact: true });
  }

  /** Opens the box with Ctrl+K and waits for its field to have the focus. */
  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.waitForField();
  }

  /** Opens the box with "/" (outside a text field) and waits for its field to have the focus. */
  async openWithSlash(): Promise<void> {
    await this.page.keyboard.press('/');
    await this.waitForField();
  }

  async waitForField(): Promise<void> {
    await this.dialog.waitFor();
    await this.field.and(this.page.locator(':focus')).waitFor();
  }

  /** Types a query (as a person types, key by key) into the focused field. */
  async type(query: string): Promise<void> {
    await this.field.pressSequentially(query, { delay: 20 });
  }

  /** Moves the active result down with the arrow key until it is `option` (at most `limit` steps). */
  async arrowTo(option: Locator, limit = 20): Promise<void> {
    for (let step = 0; step < limit; step++) {
      if ((await option.getAttribute('aria-selected')) === 'true') return;
      await this.field.press('ArrowDown');
    }
    throw new Error(`the arrows did not reach the result in ${limit} steps`);
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
