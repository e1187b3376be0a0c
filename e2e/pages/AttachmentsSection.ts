import { readFile } from 'node:fs/promises';
import type { Download, Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

/** A file as the browser's file picker hands it over. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * "Документи (файлове)" on a practice's or project's edit page: the files (title, type, size),
 * upload through the file picker, download, rename and delete.
 */
export class AttachmentsSection extends BasePage {
  /** The section, a region named by its heading. */
  get region(): Locator {
    return this.main.getByRole('region', { name: this.t('attachments.title') });
  }
  get uploadButton(): Locator {
    return this.region.getByRole('button', { name: this.t('attachments.upload'), exact: true });
  }
  get empty(): Locator {
    return this.region.getByText(this.t('attachments.empty'), { exact: true });
  }
  /** The title of a file, a link that opens it. */
  link(title: string): Locator {
    return this.region.getByRole('link', { name: title, exact: true });
  }
  /** The table row of the file with this title. */
  row(title: string): Locator {
    // `has` is looked for inside each row: a locator from the page, not from the region.
    return this.region
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }
  /** The row's cells as shown: title (and file name), type, size. */
  async cells(title: string): Promise<string[]> {
    await this.row(title).waitFor();
    return (await this.row(title).getByRole('cell').allInnerTexts()).map((cell) => cell.trim());
  }
  downloadLink(title: string): Locator {
    return this.region.getByRole('link', { name: this.t('attachments.downloadOf', { name: title }) });
  }
  renameButton(title: string): Locator {
    return this.region.getByRole('button', { name: this.t('attachments.renameOf', { name: title }) });
  }
  deleteButton(title: string): Locator {
    return this.region.getByRole('button', { name: this.t('attachments.deleteOf', { name: title }) });
  }
  get deleteDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('attachments.deleteTitle') });
  }

  /** Clicks "upload" and picks the file in the browser's file chooser. */
  async upload(file: PickedFile): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.uploadButton.click()]);
    await chooser.setFiles(file);
  }

  async rename(title: string, newTitle: string): Promise<void> {
    await this.renameButton(title).click();
    const field = this.region.getByRole('textbox', { name: this.t('attachments.newTitle') });
    await field.fill(newTitle);
    await this.region.getByRole('button', { name: this.t('common.save'), exact: true }).click();
    await this.link(newTitle).waitFor();
  }

  /** Downloads the file through its link: the browser's download and its bytes. */
  async download(title: string): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadLink(title).click(),
    ]);
    return { download, bytes: await readFile(await download.path()) };
  }

  async delete(title: string): Promise<void> {
    await this.deleteButton(title).click();
    await this.deleteDialog.getByRole('button', { name: this.t('attachments.delete'), exact: true }).click();
    await this.deleteDialog.waitFor({ state: 'hidden' });
  }
}
