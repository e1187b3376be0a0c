import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Page } from '@playwright/test';
import { DevelopersPage } from '../pages/DevelopersPage.js';
import { WidgetHostPage } from '../pages/WidgetHostPage.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { baseUrl } from '../src/browser.js';
import { freePort } from '../src/server.js';
import { expect, test } from '../src/test.js';

/** The demo practices (packages/server/src/seed/content). */
const RODOPI = {
  bg: 'Пътна карта „С мисъл за хората“ – социална подкрепа и заетост в община Родопи',
  en: 'Road map "With People in Mind" – social support and employment in Rodopi Municipality',
};
const TARGOVISHTE = 'Ранна интервенция в семейна среда за деца с увреждания в област Търговище';

/**
 * A partner's site: a server of the test's own, reached as `localhost` where Obmen is
 * `127.0.0.1`, so another origin and another site. It really listens on the loopback: Chromium
 * refuses requests to a loopback address from a page it does not know to be local (Private
 * Network Access), such as one Playwright made up, which a partner's page reaching a public
 * Obmen never meets.
 */
async function partnerSite(html: string): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await freePort();
  const site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => site.close(() => resolve())),
  };
}

/**
 * Lets the page talk to the Obmen server (and the test's partner site) only, and returns the
 * addresses of every other request it tried, which are refused: the page must need none.
 */
async function onlyLocal(page: Page, partner?: string): Promise<string[]> {
  const allowed = new Set([new URL(baseUrl()).host, partner && new URL(partner).host]);
  const outside: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || allowed.has(url.host))
      return route.continue();
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  return outside;
}

let site: Awaited<ReturnType<typeof partnerSite>> | undefined;
test.afterEach(async () => {
  await site?.close();
  site = undefined;
});

/** Console messages about the Content Security Policy: anything the page does that the CSP refuses. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

test('the developer page: no request leaves the server, axe-clean, English, GraphiQL runs an example', async ({
  page,
}) => {
  const outside = await onlyLocal(page);
  const csp = cspViolations(page);
  const developers = new DevelopersPage(page);
  await developers.goto();
  await expect(page.getByRole('link', { name: /schema\.graphql/ }).first()).toHaveAttribute(
    'href',
    '/schema.graphql',
  );
  await developers.graphiql.locator('.graphiql-query-editor .CodeMirror').waitFor();

  const findings = await axeScan(page, 'developers');
  assert.equal(findings.length, 0, `axe found on /developers:\n${describeFindings(findings)}`);

  await developers.switchTo('en');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Rate limits' })).toBeVisible();

  await developers.runExample('A list with a filter, page by page');
  // Practices came back (other scenarios add some: which one is first depends on the run).
  await expect(developers.result).toContainText('"totalCount"');
  await expect(developers.result).toContainText('"municipalities"');

  // A practice's link from the widget opens its detail query in GraphiQL, already run.
  await developers.goto(
    '?lang=en&practice=patna-karta-s-misal-za-horata-sotsialna-podkrepa-i-zaetost-v-obshtina-rodopi',
  );
  // (In the result pane as JSON: its quotation marks escaped.)
  await expect(developers.result).toContainText(JSON.stringify(RODOPI.en).slice(1, -1));

  assert.deepEqual(outside, [], 'requests outside the server');
  assert.deepEqual(csp, [], 'CSP violations');
  // Last: the screenshot's own style sheet is an inline style the CSP refuses.
  await screenshot(page, 'developers');
});

test('the widget on a partner site: the practices of a municipality, in Bulgarian and English, axe-clean', async ({
  page,
}) => {
  const server = baseUrl();
  const host = `<!doctype html>
<html lang="bg">
  <head><meta charset="utf-8"><title>Партньорски сайт</title>
  <style>body { color: #fff; font-size: 2px; } h1 { color: #000; font-size: 24px; } ul, li, a, h2, h3, p { all: unset; } section { display: none; }</style>
  </head>
  <body>
    <main>
      <h1>Община Родопи</h1>
      <obmen-practices municipality="PDV26" lang="bg" limit="5"></obmen-practices>
      <script src="${server}/widget.js" data-district="TGV" data-lang="bg" data-heading="Практики в област Търговище"></script>
    </main>
  </body>
</html>`;
  site = await partnerSite(host);
  const outside = await onlyLocal(page, site.origin);
  await page.goto(`${site.origin}/`);
  const partner = new WidgetHostPage(page);

  const rodopi = partner.widget();
  await partner.loaded(rodopi);
  await expect(partner.status(rodopi)).toHaveText('1 практика.');
  await expect(partner.practices(rodopi)).toHaveCount(1);
  const link = partner.practiceLink(rodopi, RODOPI.bg);
  await expect(link).toHaveAttribute('href', new RegExp(`^${server}/developers\\?practice=patna-karta`));
  await expect(partner.practices(rodopi)).toContainText('Общини: Родопи');
  // The host's CSS (white 2px text, unset lists, hidden sections) does not reach into the shadow root.
  await expect(link).toBeVisible();
  expect(await link.evaluate((a) => getComputedStyle(a).fontSize)).not.toBe('2px');

  // The one-tag form: the script's data-* attributes.
  const district = partner.widget('bg', 'Практики в област Търговище');
  await partner.loaded(district);
  await expect(partner.practiceLink(district, TARGOVISHTE)).toBeVisible();

  const findings = await axeScan(page, 'widget');
  assert.equal(findings.length, 0, `axe found in the widget:\n${describeFindings(findings)}`);
  await screenshot(page, 'widget');

  // Keyboard: the first practice's link takes the focus, visibly.
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');

  await page
    .locator('obmen-practices')
    .first()
    .evaluate((widget) => widget.setAttribute('lang', 'en'));
  const english = partner.widget('en');
  await partner.loaded(english);
  await expect(partner.practiceLink(english, RODOPI.en)).toBeVisible();
  await expect(partner.practices(english)).toContainText('Municipalities: Rodopi');

  assert.deepEqual(outside, [], 'requests outside the server and the partner site');
});
