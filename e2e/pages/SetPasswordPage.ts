import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

/** `/set-password#token=…`: the one-time link's page (signed out). */
export class SetPasswordPage extends BasePage {
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('setPassword.title') });
  }
  get invalid(): Locator {
    return this.page.getByRole('alert').filter({ hasText: this.t('setPassword.invalidTitle') });
  }

  /** Opens a link as it was given (absolute, or a path with its fragment). */
  async open(link: string): Promise<void> {
    const url = new URL(link);
    await this.page.goto(`${url.pathname}${url.hash}`);
    await this.heading.waitFor();
  }

  async choose(password: string): Promise<void> {
    const field = (key: string) =>
      this.page.getByLabel(this.t(key), { exact: false }).and(this.page.locator('input'));
    await field('account.newPassword').fill(password);
    await field('account.repeatPassword').fill(password);
    await this.page.getByRole('button', { name: this.t('setPassword.submit') }).click();
  }
}
