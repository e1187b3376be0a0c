import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

/** `/account` ("Моят профил"): my password, my sessions, my language. */
export class AccountPage extends BasePage {
  get heading(): Locator {
    return this.title('account.title');
  }
  get passwordForm(): Locator {
    return this.main.getByRole('form', { name: this.t('account.changePassword') });
  }
  get sessions(): Locator {
    return this.main.getByRole('table');
  }
  get thisSession(): Locator {
    return this.sessions.getByText(this.t('account.thisSession'), { exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/account');
    await this.heading.waitFor();
    await this.waitForData(this.sessions);
  }

  async changePassword(current: string, next: string): Promise<void> {
    const form = this.passwordForm;
    await form
      .getByLabel(this.t('account.currentPassword'), { exact: false })
      .and(this.page.locator('input'))
      .fill(current);
    await form
      .getByLabel(this.t('account.newPassword'), { exact: false })
      .and(this.page.locator('input'))
      .fill(next);
    await form
      .getByLabel(this.t('account.repeatPassword'), { exact: false })
      .and(this.page.locator('input'))
      .fill(next);
    await form.getByRole('button', { name: this.t('account.savePassword') }).click();
  }
}
