import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_DIR, SCREENSHOT_DIR } from './paths.js';

/** A file name from a page name: `practice-form` stays, anything else becomes `-`. */
function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Hides toasts, which would cover the header in a picture. */
const HIDE_TOASTS = '.mantine-Notifications-root { display: none !important; }';

/** A full-page screenshot under `e2e/output/screenshots/<name>.png` (written on every run). */
export async function screenshot(page: Page, name: string, { toasts = false } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${slug(name)}.png`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: file,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    style: toasts ? undefined : HIDE_TOASTS,
  });
  return file;
}

export const BLOCKING_IMPACTS = ['serious', 'critical'] as const;

/** One element that breaks one rule. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  target: string;
  html: string;
  /** axe's explanation for this element (for contrast: the colours and the ratio). */
  message: string;
}

/**
 * Runs axe-core's standard rule set (WCAG 2.0/2.1/2.2 A and AA, plus best practices, and "label in
 * name") on the page as it is, writes the full report to
 * `e2e/output/axe/<name>.json`, and returns each element with a serious or critical violation.
 */
export async function axeScan(page: Page, name: string): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    // Experimental in axe-core 4.13 (standard from 4.14, which needs Node 22): WCAG 2.5.3.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  mkdirSync(AXE_DIR, { recursive: true });
  writeFileSync(
    path.join(AXE_DIR, `${slug(name)}.json`),
    JSON.stringify(
      { url: results.url, violations: results.violations, incomplete: results.incomplete },
      null,
      2,
    ),
  );
  return results.violations
    .filter((v) => (BLOCKING_IMPACTS as readonly string[]).includes(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map((node) => ({
        rule: v.id,
        impact: node.impact ?? v.impact ?? '',
        help: v.help,
        target: node.target.join(' '),
        html: node.html,
        message: [...node.any, ...node.all, ...node.none].map((check) => check.message).join(' '),
      })),
    );
}

/** A readable list of findings for an assertion message. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(
      (f) =>
        `${f.impact} ${f.rule}: ${f.help}\n    ${f.target}\n    ${f.html.slice(0, 160)}\n    ${f.message}`,
    )
    .join('\n');
}
