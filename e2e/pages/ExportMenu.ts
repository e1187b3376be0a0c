import { readFile } from 'node:fs/promises';
import type { Download, Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

/** A list screen's "Изтегли" menu: the list with its filters as CSV or JSON. */
export class ExportMenu extends BasePage {
  get button(): Locator {
    return this.main.getByRole('button', { name: this.t('export.button') });
  }
  item(format: 'csv' | 'json'): Locator {
    return this.page.getByRole('menuitem', { name: this.t(`export.${format}`) });
  }

  /** Opens the menu, picks the format and waits for the browser's download: its name and text. */
  async download(format: 'csv' | 'json'): Promise<{ download: Download; text: string }> {
    await this.button.click();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.item(format).click()]);
    const path = await download.path();
    return { download, text: await readFile(path, 'utf8') };
  }
}
