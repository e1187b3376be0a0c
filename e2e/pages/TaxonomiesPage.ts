import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';
import { notification, selectOption } from './components.js';

export type TermKind = 'themes' | 'targetGroups' | 'serviceTypes';

/** `/taxonomies`: themes, target groups and service types in tabs (editors). */
export class TaxonomiesPage extends BasePage {
  get heading(): Locator {
    return this.title('taxonomies.title');
  }
  get panel(): Locator {
    return this.main.getByRole('tabpanel');
  }
  get table(): Locator {
    return this.panel.getByRole('table');
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page.goto('/taxonomies');
    await this.heading.waitFor();
    await this.waitForData(this.table);
  }

  async openTab(kind: TermKind): Promise<void> {
    await this.main.getByRole('tab', { name: this.t(`taxonomies.kinds.${kind}`), exact: true }).click();
    await this.waitForData(this.table);
  }

  /** The Bulgarian labels of the open tab's terms, in their order. */
  async labels(): Promise<string[]> {
    const cells = this.table.locator('tbody tr td:nth-child(2) p:first-child');
    return (await cells.allInnerTexts()).map((s) => s.trim());
  }

  row(label: string): Locator {
    return this.table.getByRole('row').filter({ hasText: label });
  }

  /** Moves a term one place down; its earlier toast may still show, so callers wait for the order. */
  async moveDown(label: string): Promise<void> {
    await this.main
      .getByRole('button', { name: this.t('taxonomies.moveDown', { label }), exact: true })
      .click();
  }

  async moveUp(label: string): Promise<void> {
    await this.main
      .getByRole('button', { name: this.t('taxonomies.moveUp', { label }), exact: true })
      .click();
  }

  /** Adds a term to the open tab with both labels. */
  async create(kind: TermKind, bg: string, en: string): Promise<void> {
    await this.main
      .getByRole('button', { name: this.t(`taxonomies.new.${kind}`), exact: true })
      .first()
      .click();
    await this.dialog.getByRole('textbox', { name: this.t('taxonomies.form.bg') }).fill(bg);
    await this.dialog.getByRole('textbox', { name: this.t('taxonomies.form.en') }).fill(en);
    await this.dialog.getByRole('button', { name: this.t('common.save'), exact: true }).click();
    await notification(this.page, this.t('taxonomies.saved', { label: bg }))
      .first()
      .waitFor();
  }

  /** Opens "Обедини с…" for `source` and picks `target`; the summary then shows what moves. */
  async startMerge(source: string, target: string): Promise<Locator> {
    await this.main
      .getByRole('button', { name: this.t('taxonomies.mergeNamed', { label: source }), exact: true })
      .click();
    await selectOption(
      this.page,
      this.dialog.getByRole('textbox', { name: this.t('taxonomies.merge.target') }),
      target,
    );
    return this.dialog.getByRole('status');
  }

  async confirmMerge(source: string, target: string): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t('taxonomies.merge.confirm'), exact: true }).click();
    await notification(this.page, this.t('taxonomies.merge.done', { source, target })).first().waitFor();
  }
}
