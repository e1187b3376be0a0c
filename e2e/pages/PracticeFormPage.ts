import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';
import { notification, pickOption, selectOption } from './components.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type TextField = 'title' | 'summary' | 'background' | 'practice' | 'results';
export type Status = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';

const TEXT_LABEL: Record<TextField, string> = {
  title: 'practices.form.titleField',
  summary: 'practices.form.summary',
  background: 'practices.form.background',
  practice: 'practices.form.practice',
  results: 'practices.form.results',
};

/** `/practices/new` and `/practices/:id`: texts in both languages, status, place, themes, period. */
export class PracticeFormPage extends BasePage {
  /** The form, named by its title (the practice's, or "new practice"): the one form on the page. */
  get form(): Locator {
    return this.main.getByRole('form');
  }
  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }
  get saveButton(): Locator {
    return this.form.getByRole('button', { name: this.t('common.save'), exact: true });
  }
  get status(): Locator {
    return this.form.getByRole('textbox', { name: this.t('practices.form.status'), exact: true });
  }
  get municipalities(): Locator {
    return this.form.getByRole('textbox', { name: this.t('practices.form.municipalities'), exact: true });
  }
  get serviceTypes(): Locator {
    return this.form.getByRole('textbox', { name: this.t('practices.form.serviceTypes'), exact: true });
  }
  /** "Версия N · slug · date" under the title. */
  get versionLine(): Locator {
    const [before] = this.t('practices.form.version', { version: '\u0000' }).split('\u0000');
    return this.form.getByText(new RegExp(`^${escapeRegExp(before)}\\d+`));
  }

  text(field: TextField, lang: 'bg' | 'en' = 'bg'): Locator {
    const label = `${this.t(TEXT_LABEL[field])} · ${this.t(`practices.form.${lang}`)}`;
    return this.form.getByLabel(label, { exact: false });
  }

  async gotoNew(): Promise<void> {
    await this.page.goto('/practices/new');
    await this.waitForForm();
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/practices/${id}`);
    await this.waitForForm();
  }

  async waitForForm(): Promise<void> {
    await this.text('title').waitFor();
    // The municipality picker is disabled until all 265 municipalities have loaded.
    await this.page.waitForFunction(() => {
      const inputs = [...document.querySelectorAll<HTMLInputElement>('main form input')];
      return inputs.length > 0 && !inputs.some((i) => i.disabled);
    });
  }

  /** The id in the address (after a create, the form moves to `/practices/:id`). */
  id(): string {
    const match = /\/practices\/([^/?#]+)/.exec(new URL(this.page.url()).pathname);
    if (!match || match[1] === 'new') throw new Error(`not on a saved practice: ${this.page.url()}`);
    return match[1];
  }

  /** The version the form will send back, from its "Версия N" line. */
  async version(): Promise<number> {
    const line = await this.versionLine.first().innerText();
    const match = /(\d+)/.exec(line);
    if (!match) throw new Error(`no version in "${line}"`);
    return Number(match[1]);
  }

  /** What a text field holds: the title is an input, the long texts are rich-text editors. */
  async textValue(field: TextField, lang: 'bg' | 'en' = 'bg'): Promise<string> {
    const input = this.text(field, lang);
    return field === 'title' ? input.inputValue() : (await input.innerText()).trim();
  }

  async fillText(field: TextField, value: string, lang: 'bg' | 'en' = 'bg'): Promise<void> {
    await this.text(field, lang).fill(value);
  }

  async setStatus(status: Status): Promise<void> {
    await selectOption(this.page, this.status, this.t(`status.${status}`));
  }

  /** Adds a municipality: typed `search` (Cyrillic or Latin), then the option named `name`. */
  async addMunicipality(search: string, name: string | RegExp): Promise<void> {
    await pickOption(this.page, this.municipalities, search, name);
  }

  /** Adds a kind of social service: typed `search`, then the option named `name`. */
  async addServiceType(search: string, name: string): Promise<void> {
    await pickOption(this.page, this.serviceTypes, search, name);
  }

  /** The municipalities picked, as their pills read. */
  async pickedMunicipalities(): Promise<string[]> {
    const pills = this.form.getByTestId('picked-municipality');
    return (await pills.allInnerTexts()).map((s) => s.trim());
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** Saves a new practice and waits for the form to move to its address. */
  async saveNew(): Promise<string> {
    await this.save();
    await notification(this.page, this.t('practices.created')).first().waitFor();
    await this.page.waitForURL(/\/practices\/(?!new$)[^/]+$/);
    await this.waitForForm();
    return this.id();
  }

  /** Saves changes and waits for the "saved" notification. */
  async saveChanges(): Promise<void> {
    await this.save();
    await notification(this.page, this.t('practices.saved')).first().waitFor();
  }
}
