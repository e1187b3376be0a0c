import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';
import { notification } from './components.js';

/** `/practices/:id/history`: the revisions of a practice, newest first, with diff and restore. */
export class HistoryPage extends BasePage {
  get heading(): Locator {
    return this.title('history.title');
  }
  get table(): Locator {
    return this.main.getByRole('table');
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async goto(practiceId: string): Promise<void> {
    await this.page.goto(`/practices/${practiceId}/history`);
    await this.waitForRevisions();
  }

  async waitForRevisions(): Promise<void> {
    await this.heading.waitFor();
    await this.waitForData(this.table);
  }

  /** The row of a version ("Версия N"). */
  row(version: number): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByText(this.t('history.version', { version }), { exact: true }) });
  }

  /** The action a version records (Създадена, Редакция, Възстановена…). */
  async action(version: number): Promise<string> {
    for (const action of ['CREATE', 'UPDATE', 'DELETE', 'RESTORE']) {
      const label = this.t(`history.action.${action}`);
      if (await this.row(version).getByText(label, { exact: true }).count()) return action;
    }
    throw new Error(`version ${version} shows no known action`);
  }

  /** Shows what changed in a version, compared with the one before it. */
  async showChanges(version: number): Promise<Locator> {
    await this.row(version)
      .getByRole('button', { name: this.t('history.showChanges'), exact: true })
      .click();
    const diff = this.main.getByRole('region', {
      name: this.t('history.diffTitle', { from: version - 1, to: version }),
      exact: true,
    });
    await diff.waitFor();
    return diff;
  }

  /** Restores a version (as a new one) through the confirmation dialog. */
  async restore(version: number, newVersion: number): Promise<void> {
    await this.row(version)
      .getByRole('button', { name: this.t('history.restore'), exact: true })
      .click();
    await this.dialog.getByRole('heading', { name: this.t('history.restoreTitle') }).waitFor();
    await this.dialog.getByRole('button', { name: this.t('history.restoreConfirm'), exact: true }).click();
    await notification(this.page, this.t('history.restored', { version, newVersion })).first().waitFor();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
