import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

export type Side = 'mine' | 'theirs' | 'edited';

const SIDE_LABEL: Record<Side, string> = {
  mine: 'conflict.keepMine',
  theirs: 'conflict.takeTheirs',
  edited: 'conflict.editMerged',
};

/**
 * The merge dialog a stale save opens: the fields that differ, "mine" beside "theirs", a
 * choice per field, and "save merged".
 */
export class ConflictDialog extends BasePage {
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('conflict.title') });
  }

  /** The section of one differing field, by the form's label for it ("Резюме"). */
  field(label: string): Locator {
    return this.dialog.getByRole('region', { name: label, exact: true });
  }

  /** The labels of the fields that differ, in order (each field's section is titled by one). */
  async fields(): Promise<string[]> {
    const titles = this.dialog.getByRole('heading', { level: 3 });
    return (await titles.allInnerTexts()).map((s) => s.trim());
  }

  async choose(label: string, side: Side): Promise<void> {
    const group = this.field(label).getByRole('radiogroup', {
      name: this.t('conflict.choiceFor', { field: label }),
    });
    await group.getByText(this.t(SIDE_LABEL[side]), { exact: true }).click();
  }

  /** The merged text inputs ("Обединен текст · БГ") of a field chosen as `edited`. */
  mergedText(label: string, lang: 'bg' | 'en' = 'bg'): Locator {
    return this.field(label).getByLabel(`${this.t('conflict.merged')} · ${this.t(`conflict.lang.${lang}`)}`);
  }

  async saveMerged(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t('conflict.saveMerged') }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
