import { expect, type Locator } from '@playwright/test';
import { BasePage } from './BasePage.js';

/** The facets the admin shows beside a content list, by their message key (`facets.<key>`). */
export type Facet =
  | 'statuses'
  | 'districts'
  | 'municipalities'
  | 'themes'
  | 'targetGroups'
  | 'organizationKinds'
  | 'years'
  | 'funders';

/** One checkbox of a facet: its value's name and the count beside it. */
export interface FacetValue {
  label: string;
  count: number;
  checked: boolean;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A checkbox's accessible name, "Търговище (1)": the name and the count. */
const OPTION_NAME = /^(.*) \((\d+)\)$/;

/**
 * "Refine the list" beside the practice and project lists (a region): per facet a group of
 * checkboxes named "<value> (<count>)". The panel is marked busy while the list's query runs.
 */
export class FacetsPanel extends BasePage {
  get region(): Locator {
    return this.main.getByRole('region', { name: this.t('facets.title') });
  }
  /** A facet's group of checkboxes, by its legend. */
  group(facet: Facet): Locator {
    return this.region.getByRole('group', { name: this.t(`facets.${facet}`), exact: true });
  }
  /** The checkbox of one value, by its name (whatever its count). */
  option(facet: Facet, label: string): Locator {
    return this.group(facet).getByRole('checkbox', { name: new RegExp(`^${escaped(label)} \\(\\d+\\)$`) });
  }

  /** Waits until the counts belong to the list shown (its query is done). */
  async waitForCounts(): Promise<void> {
    await this.waitForData(this.region);
  }

  /** The values a facet shows, in its order (most first), read from their accessible names. */
  async values(facet: Facet): Promise<FacetValue[]> {
    const boxes = this.group(facet).getByRole('checkbox');
    const values: FacetValue[] = [];
    for (const box of await boxes.all()) {
      const name = await box.evaluate(
        (input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
      );
      const match = OPTION_NAME.exec(name);
      if (!match) throw new Error(`a facet checkbox is named "${name}", not "<value> (<count>)"`);
      values.push({ label: match[1], count: Number(match[2]), checked: await box.isChecked() });
    }
    return values;
  }

  /**
   * Ticks (or unticks) a value and waits for the list and the counts to follow: the box shows the
   * new state once the address carries it, in the same render that starts the list's query.
   */
  async pick(facet: Facet, label: string, checked = true): Promise<void> {
    const option = this.option(facet, label);
    await option.click();
    await (checked ? expect(option).toBeChecked() : expect(option).not.toBeChecked());
    await this.waitForCounts();
  }
}
