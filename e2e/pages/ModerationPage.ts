import type { Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';
import { notification } from './components.js';

export type NominationStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SPAM';
export type Decision = 'APPROVE' | 'REJECT' | 'SPAM';

/** `/moderation`: the queue of public nominations (and proposals), with counts per status. */
export class ModerationPage extends BasePage {
  get heading(): Locator {
    return this.title('moderation.title');
  }
  get table(): Locator {
    return this.main.getByRole('table');
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the queue; `practiceId` narrows it to one practice, `status` to one status (URL filters). */
  async goto({ practiceId, status }: { practiceId?: string; status?: NominationStatus } = {}): Promise<void> {
    const params = new URLSearchParams();
    if (status) params.set('status', status);
    if (practiceId) params.set('practice', practiceId);
    const query = params.toString();
    await this.page.goto(`/moderation${query ? `?${query}` : ''}`);
    await this.waitForQueue();
  }

  async waitForQueue(): Promise<void> {
    await this.heading.waitFor();
    await this.waitForData(this.table);
  }

  /** The status filter chip (a radio) of a nomination status. */
  statusChip(status: NominationStatus): Locator {
    return this.page
      .getByRole('group', { name: this.t('moderation.filters.status') })
      .getByRole('radio', { name: this.t(`moderation.nominationStatus.${status}`), exact: false });
  }

  /** The visible part of a status chip (its radio is hidden). */
  async statusLabel(status: NominationStatus): Promise<Locator> {
    const id = await this.statusChip(status).getAttribute('id');
    if (!id) throw new Error(`the ${status} chip has no id`);
    return this.page.locator(`label[for="${id}"]`);
  }

  /** The number the status chip shows. */
  async statusCount(status: NominationStatus): Promise<number> {
    const label = await this.statusLabel(status);
    const match = /(\d+)\s*$/.exec((await label.innerText()).trim());
    if (!match) throw new Error(`the ${status} chip shows no count`);
    return Number(match[1]);
  }

  /** Shows the nominations of one status (the chip; the address keeps it). */
  async showStatus(status: NominationStatus): Promise<void> {
    await (await this.statusLabel(status)).click();
    await this.page.waitForURL((url) => url.searchParams.get('status') === status || status === 'PENDING');
    await this.waitForQueue();
  }

  /** The queue row of a nominator. */
  row(nominatorName: string): Locator {
    return this.table.getByRole('row').filter({ hasText: nominatorName });
  }

  async select(nominatorName: string): Promise<void> {
    await this.page
      .getByRole('checkbox', { name: this.t('moderation.selectRow', { name: nominatorName }) })
      .check();
  }

  /** Decides on the selected (or focused) nominations through the bulk bar and its dialog. */
  async decide(decision: Decision, count: number, note = ''): Promise<void> {
    await this.main
      .getByRole('button', { name: this.t(`moderation.decision.${decision}`) })
      .first()
      .click();
    await this.dialog.getByText(this.t(`moderation.confirm.${decision}`, { count })).waitFor();
    if (note) await this.dialog.getByLabel(this.t('moderation.noteLabel')).fill(note);
    await this.dialog
      .getByRole('button', { name: this.t(`moderation.decision.${decision}`), exact: true })
      .click();
    await notification(this.page, this.t('moderation.decided', { count })).first().waitFor();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
