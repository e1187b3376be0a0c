import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

/** A list screen's "Изгледи" menu: saved filters and order, mine and the team's. */
export class SavedViewsMenu extends BasePage {
  get button(): Locator {
    return this.main.getByRole('button', { name: this.t('savedViews.button'), exact: true });
  }
  get menu(): Locator {
    return this.page.getByRole('menu');
  }
  /** A view in the open menu; a shared one's name ends with who shared it. */
  view(name: string): Locator {
    return this.menu.getByRole('menuitem', { name: new RegExp(`^${escaped(name)}`) });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
  get nameInput(): Locator {
    return this.dialog.getByRole('textbox', { name: this.t('savedViews.name') });
  }
  get shareBox(): Locator {
    return this.dialog.getByRole('checkbox', { name: this.t('savedViews.share') });
  }

  async open(): Promise<void> {
    await this.button.click();
    await this.menu.waitFor();
  }

  /** Saves the list's current filters and order under `name`, shared with the team or not. */
  async save(name: string, { shared }: { shared: boolean }): Promise<void> {
    await this.open();
    await this.menu.getByRole('menuitem', { name: this.t('savedViews.save') }).click();
    await this.nameInput.fill(name);
    if (shared) await this.shareBox.check();
    await this.dialog.getByRole('button', { name: this.t('common.save') }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  /** "Моите изгледи…": the dialog listing my views. */
  async manage(): Promise<void> {
    await this.open();
    await this.menu.getByRole('menuitem', { name: this.t('savedViews.manage') }).click();
    await this.dialog.waitFor();
  }
  /** A button of a view's row in "my views" ('edit' or 'delete'). */
  rowButton(action: 'edit' | 'delete', name: string): Locator {
    const label = action === 'edit' ? 'savedViews.editNamed' : 'savedViews.deleteNamed';
    return this.dialog.getByRole('button', { name: this.t(label, { name }) });
  }

  /** Applies a view from the menu. */
  async apply(name: string): Promise<void> {
    await this.open();
    await this.view(name).click();
  }
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
