import type { Locator, Page } from '@playwright/test';

/** Picks `option` in a select (a read-only textbox that opens a listbox). */
export async function selectOption(page: Page, input: Locator, option: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types `search` into a searchable multi-select and picks `option` from what it finds. */
export async function pickOption(
  page: Page,
  input: Locator,
  search: string,
  option: string | RegExp,
): Promise<void> {
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
  // Close the dropdown so it does not cover the next field.
  await input.press('Escape');
}

/** A notification (toast; the admin's toasts are alerts) with this text. */
export function notification(page: Page, text: string): Locator {
  return page.getByRole('alert').filter({ hasText: text });
}
