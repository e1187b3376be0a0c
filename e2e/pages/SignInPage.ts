import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';
import { DEMO_LOGINS, type Role } from '../src/roles.js';

/** `/sign-in`: the team's sign-in form. */
export class SignInPage extends BasePage {
  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.t('auth.signInTitle') });
  }
  get email(): Locator {
    return this.page.getByLabel(this.t('auth.email'));
  }
  get password(): Locator {
    return this.page.getByLabel(this.t('auth.password'), { exact: false }).and(this.page.locator('input'));
  }
  get submitButton(): Locator {
    return this.page.getByRole('button', { name: this.t('auth.submit'), exact: true });
  }
  /** The failure message above the fields. */
  get error(): Locator {
    return this.page.getByRole('alert');
  }

  async goto(next?: string): Promise<void> {
    await this.page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
    await this.heading.waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submitButton.click();
  }

  /** Signs in with a demo login and waits until the admin has left the sign-in page. */
  async signInAs(role: Role): Promise<void> {
    const { email, password } = DEMO_LOGINS[role];
    await this.signIn(email, password);
    await this.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }
}
