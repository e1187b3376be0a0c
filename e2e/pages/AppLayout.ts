import type { Locator } from '@playwright/test';
import { translator, type Language } from '../src/i18n.js';
import { BasePage } from './BasePage.js';

/** The sections of the navigation, by their message key (`nav.<key>`) and address. */
export const SECTIONS = {
  dashboard: '/',
  practices: '/practices',
  projects: '/projects',
  organizations: '/organizations',
  networks: '/networks',
  volunteerProgrammes: '/volunteer-programmes',
  volunteers: '/volunteers',
  moderation: '/moderation',
  trash: '/trash',
  tokens: '/tokens',
} as const;
export type Section = keyof typeof SECTIONS;

/** The signed-in frame: header (language, account, sign-out), navigation and the page. */
export class AppLayout extends BasePage {
  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: this.t('nav.label') });
  }
  get header(): Locator {
    return this.page.getByRole('banner');
  }
  /** The page's own title (the header's "Обмен" is also a level-1 heading). */
  get pageHeading(): Locator {
    return this.main.getByRole('heading', { level: 1 }).first();
  }
  navLink(section: Section): Locator {
    return this.navigation.getByRole('link', { name: this.t(`nav.${section}`), exact: true });
  }

  /** Opens a section through the navigation and waits for its address. */
  async open(section: Section): Promise<void> {
    await this.navLink(section).click();
    const path = SECTIONS[section];
    await this.page.waitForURL((url) => url.pathname === path);
  }

  /** The sections the navigation offers, in order, as keys. */
  async visibleSections(): Promise<Section[]> {
    const names = await this.navigation.getByRole('link').allInnerTexts();
    return (Object.keys(SECTIONS) as Section[]).filter((key) =>
      names.map((n) => n.trim()).includes(this.t(`nav.${key}`)),
    );
  }

  /** Switches the interface language with the БГ | EN control in the header. */
  async switchLanguage(language: Language): Promise<void> {
    const label = this.t(language === 'en' ? 'languages.enShort' : 'languages.bgShort');
    await this.header.getByText(label, { exact: true }).click();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    this.t = translator(language);
  }

  async signOut(): Promise<void> {
    await this.header.getByRole('button', { name: this.t('header.account') }).click();
    await this.page.getByRole('menuitem', { name: this.t('header.signOut') }).click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
  }
}
