import { readFile } from 'node:fs/promises';
import type { Download, Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

export type ImportKind = 'FLGR' | 'ISUN' | 'CSV';
export type ImportStatus = 'PLANNING' | 'PLANNED' | 'APPLYING' | 'APPLIED' | 'CANCELLED' | 'FAILED';

/** `/imports` (a new import: kind, files, preview; the recent ones) and `/imports/:id` (its job). */
export class ImportPage extends BasePage {
  get heading(): Locator {
    return this.title('imports.title');
  }
  navLink(): Locator {
    return this.page
      .getByRole('navigation', { name: this.t('nav.label') })
      .getByRole('link', { name: this.t('nav.imports'), exact: true });
  }

  /** Opens Import through the navigation. */
  async open(): Promise<void> {
    await this.navLink().click();
    await this.page.waitForURL((url) => url.pathname === '/imports');
    await this.heading.waitFor();
  }

  async goto(): Promise<void> {
    await this.page.goto('/imports');
    await this.heading.waitFor();
  }

  kind(kind: ImportKind): Locator {
    return this.main.getByRole('radio', { name: this.t(`imports.form.kinds.${kind}`) });
  }
  get filesButton(): Locator {
    return this.main.getByRole('button', { name: this.t('imports.form.files') });
  }
  get previewButton(): Locator {
    return this.main.getByRole('button', { name: this.t('imports.form.preview'), exact: true });
  }

  /** A spreadsheet template's link (shown for the CSV kind). */
  template(name: 'organizations' | 'practices' | 'projects'): Locator {
    return this.main.getByRole('link', { name: this.t(`imports.form.template.${name}`) });
  }

  /** Downloads a template through its link: the browser's download and its text. */
  async downloadTemplate(
    name: 'organizations' | 'practices' | 'projects',
  ): Promise<{ download: Download; text: string }> {
    await this.kind('CSV').check();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.template(name).click()]);
    return { download, text: await readFile(await download.path(), 'utf8') };
  }

  /** Chooses the files through the browser's file chooser, as a person does. */
  async chooseFiles(paths: string[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.filesButton.click()]);
    await chooser.setFiles(paths);
  }

  /** Kind, files, "Преглед": waits for the job's page. */
  async preview(kind: ImportKind, paths: string[]): Promise<void> {
    await this.kind(kind).check();
    await this.chooseFiles(paths);
    await this.previewButton.click();
    await this.page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
  }

  // The job's page.

  get progress(): Locator {
    return this.main.getByRole('progressbar', { name: this.t('imports.job.progress') });
  }
  status(status: ImportStatus): Locator {
    return this.main.getByText(this.t(`imports.status.${status}`), { exact: true });
  }
  /** One of the summary's counts, e.g. "2 за създаване". */
  count(
    key: `${'planned' | 'done'}.${'create' | 'update' | 'unchanged' | 'conflict' | 'refused'}`,
    count: number,
  ) {
    return this.main.getByText(this.t(`imports.${key}`, { count }), { exact: true });
  }
  /** The note of files the import could not read. */
  get refusedFiles(): Locator {
    return this.main.getByRole('alert').filter({ hasText: this.t('imports.job.refusedFiles') });
  }
  get applyButton(): Locator {
    return this.main.getByRole('button', { name: this.t('imports.job.apply'), exact: true });
  }
  /** The report's table (the one whose header has the "Record" column). */
  get items(): Locator {
    return this.main
      .getByRole('table')
      .filter({ has: this.page.getByRole('columnheader', { name: this.t('imports.job.columns.record') }) });
  }
  async waitForItems(): Promise<void> {
    await this.waitForData(this.items);
  }
  /** The report's rows of records (the header row left out). */
  get itemRows(): Locator {
    return this.items.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
  outcome(outcome: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'CONFLICT' | 'REFUSED'): Locator {
    return this.items.getByText(this.t(`imports.outcome.${outcome}`), { exact: true });
  }
}
