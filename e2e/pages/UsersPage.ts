import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

/** `/users`: the team's accounts (admins): invite, roles and programmes, new password, disable/enable. */
export class UsersPage extends BasePage {
  get heading(): Locator {
    return this.title('users.title');
  }
  get table(): Locator {
    return this.main.getByRole('table');
  }
  get inviteButton(): Locator {
    return this.main.getByRole('button', { name: this.t('users.invite'), exact: true });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
  /** The one-time link, in the dialog that shows it once. */
  get link(): Locator {
    return this.dialog.getByLabel(this.t('users.linkLabel'));
  }

  async goto(): Promise<void> {
    await this.page.goto('/users');
    await this.heading.waitFor();
    await this.waitForData(this.table);
  }

  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }

  /** Fills the invitation and sends it; returns the link shown once (no SMTP in the e2e run). */
  async invite(input: { name: string; email: string; roles: string[] }): Promise<string> {
    await this.inviteButton.click();
    const dialog = this.dialog.filter({
      has: this.page.getByRole('heading', { name: this.t('users.inviteTitle') }),
    });
    await dialog.getByRole('textbox', { name: this.t('users.form.name'), exact: true }).fill(input.name);
    await dialog.getByRole('textbox', { name: this.t('users.form.email'), exact: true }).fill(input.email);
    for (const role of input.roles)
      await dialog.getByRole('checkbox', { name: this.t(`roles.${role}`) }).check();
    await dialog.getByRole('button', { name: this.t('users.invite'), exact: true }).click();
    await this.link.waitFor();
    return (await this.link.innerText()).trim();
  }

  async closeLink(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t('users.done') }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  /** Disables a user through the row's button and its confirmation. */
  async disable(name: string): Promise<void> {
    await this.main.getByRole('button', { name: this.t('users.disableNamed', { name }) }).click();
    await this.dialog.getByRole('button', { name: this.t('users.disable'), exact: true }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  /** The dialog of a user's roles, opened by the row's "Роли" button. */
  rolesDialog(name: string): Locator {
    return this.dialog.filter({
      has: this.page.getByRole('heading', { name: this.t('users.editAccessTitle', { name }) }),
    });
  }

  /** Opens a user's roles, ticks exactly `roles` and saves; waits for the dialog to close. */
  async setRoles(name: string, roles: string[]): Promise<void> {
    await this.main.getByRole('button', { name: this.t('users.editAccessNamed', { name }) }).click();
    const dialog = this.rolesDialog(name);
    await dialog.waitFor();
    for (const role of ['ADMIN', 'EDITOR', 'MODERATOR', 'COORDINATOR']) {
      await dialog.getByRole('checkbox', { name: this.t(`roles.${role}`) }).setChecked(roles.includes(role));
    }
    await dialog.getByRole('button', { name: this.t('common.save'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
