import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoContent } from '../../seed/demo-content';
import { UserRole } from '../../common/principal';
import { startTestServer, type TestServer } from '../../test/harness';
import { ISUN_EN_PAGE, ISUN_NUMBER, ISUN_SAMPLE } from './sources/isun.fixture';
import { ImportKind } from './import.entity';
import { BATCH } from './import.service';

/**
 * `obmen import flgr` of the seed pages on an empty database: the practices the demo content has
 * from those pages, field by field; a second run changes nothing; a changed source updates what no
 * editor touched and keeps, and reports, what an editor did.
 */

const SEEDS = path.resolve(__dirname, '../../../../../../shared/seeds');
const seedFiles = () =>
  readdirSync(SEEDS)
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(SEEDS, name), 'utf8') }));

const PRACTICE = `
  id version title status publishedAt innovator background practice results
  period { from to precision } municipalities { code }
  contact { person address phone email website }
  organization { name kind municipality { code } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const start = (files: { name: string; text: string }[], publish = true, kind = 'FLGR') =>
  server.ok<{ startImport: { id: string } }>(
    `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`,
    { input: { kind, files, publish } },
  );
const job = (id: string) =>
  server.ok<{ importJob: Record<string, any> }>(
    `query($id: ID!) { importJob(id: $id) { id version status total processed
        counts { create update unchanged conflict refused }
        refusedFiles { origin problems { reason } }
        items { edges { node { title outcome fields keptFields recordId problems { reason severity } } } } } }`,
    { id },
  );
/** Runs the background steps to the end (the worker does this on a running server). */
async function settle(id: string) {
  for (let i = 0; i < 200; i++) {
    const { importJob } = await job(id);
    if (!['PLANNING', 'APPLYING'].includes(importJob.status)) return importJob;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the import did not finish');
}
async function importAll(files = seedFiles(), kind = 'FLGR') {
  const { startImport } = await start(files, true, kind);
  const planned = await settle(startImport.id);
  await server.ok(`mutation($input: ApplyImportInput!) { applyImport(input: $input) { id } }`, {
    input: { id: planned.id, version: planned.version },
  });
  return settle(startImport.id);
}
const practices = async () =>
  (
    await server.ok<{ practices: { edges: { node: Record<string, any> }[] } }>(
      `{ practices(first: 20) { edges { node { ${PRACTICE} } } } }`,
    )
  ).practices.edges.map((e) => e.node);

describe('import of FLGR pages', () => {
  it('gives the demo practices from the seed pages, and refuses the pages that are not practices', async () => {
    const applied = await importAll();
    expect(applied.status).toBe('APPLIED');
    expect(applied.counts).toEqual({ create: 2, update: 0, unchanged: 0, conflict: 0, refused: 0 });
    expect(applied.refusedFiles.map((f: { origin: string }) => f.origin)).toEqual([
      expect.stringMatching(/^001_/),
      expect.stringMatching(/^002_/),
      expect.stringMatching(/^003_/),
    ]);
    const byInnovatorDate = new Map((await practices()).map((p) => [p.publishedAt.slice(0, 10), p]));
    for (const key of ['targovishte-early-intervention', 'rodopi-road-map-with-people-in-mind']) {
      const demo = demoContent.practices.find((p) => p.key === key)!;
      const organization = demoContent.organizations.find((o) => o.key === demo.organizationKey)!;
      const imported = byInnovatorDate.get(demo.publishedAt!.slice(0, 10))!;
      expect(imported).toMatchObject({
        status: 'PUBLISHED',
        innovator: demo.innovator,
        background: demo.background.bg,
        practice: demo.practice.bg,
        results: demo.results.bg,
        period: { from: demo.periodFrom, to: demo.periodTo, precision: demo.periodPrecision },
        organization: { name: organization.name.bg, kind: organization.kind },
      });
      expect(new Date(imported.publishedAt).toISOString()).toBe(new Date(demo.publishedAt!).toISOString());
      expect(imported.municipalities.map((m: { code: string }) => m.code).sort()).toEqual(
        [...demo.municipalityCodes].sort(),
      );
      expect(Object.fromEntries(Object.entries(imported.contact).filter(([, v]) => v))).toEqual(
        demo.contact ?? {},
      );
      if (organization.municipalityCode)
        expect(imported.organization.municipality?.code).toBe(organization.municipalityCode);
    }
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await practices();
    const again = await importAll();
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, conflict: 0, refused: 0 });
    expect(await practices()).toEqual(before);
    const organizations = await server.ok<{ organizations: { totalCount: number } }>(
      `{ organizations { totalCount } }`,
    );
    expect(organizations.organizations.totalCount).toBe(2);
  });

  it('updates what the source changed and keeps, saying so, what an editor changed since', async () => {
    const files = seedFiles().filter((f) => /^00[04]/.test(f.name));
    const rodopi = (await practices()).find(
      (p) => p.innovator && p.background.startsWith('В Община Родопи'),
    )!;
    const editor = await server.as(UserRole.EDITOR);
    await editor.ok(`mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id } }`, {
      input: {
        id: rodopi.id,
        version: rodopi.version,
        results: { bg: 'Резултатите, както ги написа редакторът.' },
      },
    });
    const changed = files.map((f) =>
      f.name.startsWith('004')
        ? {
            ...f,
            text: f.text
              .replace('Практиката се реализира', 'Практиката се реализира успешно')
              .replace('подкрепени са 600 деца', 'подкрепени са 650 деца'),
          }
        : f,
    );
    const applied = await importAll(changed);
    expect(applied.counts).toMatchObject({ update: 1, unchanged: 1 });
    const item = applied.items.edges
      .map((e: { node: any }) => e.node)
      .find((n: any) => n.outcome === 'UPDATE');
    expect(item.fields).toEqual(['background']);
    expect(item.keptFields).toEqual(['results']);
    expect(item.problems).toContainEqual({ reason: 'editorChanged', severity: 'warning' });
    const after = (await practices()).find((p) => p.id === rodopi.id)!;
    expect(after.background).toContain('Практиката се реализира успешно');
    expect(after.results).toBe('Резултатите, както ги написа редакторът.');
    // Said once: the next run of the same files changes nothing and reports nothing kept.
    expect((await importAll(changed)).counts).toMatchObject({ update: 0, conflict: 0, unchanged: 2 });
  });

  it('is for editors: a moderator and the public are refused; a bad kind is a clear input error', async () => {
    const moderator = await server.as(UserRole.MODERATOR);
    const refused = await moderator.gql(
      `mutation { startImport(input: { kind: FLGR, files: [{ name: "a", text: "b" }] }) { id } }`,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await server.gql(`mutation { startImport(input: { kind: XLS, files: [] }) { id } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const empty = await server.gql(`mutation { startImport(input: { kind: FLGR, files: [] }) { id } }`);
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a dry run (a planned job never applied) writes nothing, and a planned job can be applied only once', async () => {
    const count = async () =>
      (await server.ok<{ practices: { totalCount: number } }>(`{ practices { totalCount } }`)).practices
        .totalCount;
    const before = await count();
    const { startImport } = await start([
      { name: 'new.txt', text: 'Заглавие\nПредистория\nНещо ново.\nИноватор: x' },
    ]);
    const planned = await settle(startImport.id);
    expect(planned).toMatchObject({ status: 'PLANNED', counts: { create: 1 } });
    expect(await count()).toBe(before);
    const applyInput = { input: { id: planned.id, version: planned.version } };
    await server.ok(`mutation($input: ApplyImportInput!) { applyImport(input: $input) { id } }`, applyInput);
    const again = await server.gql(
      `mutation($input: ApplyImportInput!) { applyImport(input: $input) { id } }`,
      applyInput,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    await settle(planned.id);
    expect(await count()).toBe(before + 1);
  });
});

describe('import of ИСУН/UMIS project pages', () => {
  const PROJECT = `title referenceNumber fundingProgramme period { from to precision }
    implementationStatus contractDate budget { amount currency } grant { amount currency }
    leadOrganization { name kind } funder { name } municipalities { code }`;

  it('gives one project of the Bulgarian and English pages: number, beneficiary, funder, programme, dates, status, place, money', async () => {
    const files = [
      { name: 'isun-bg.txt', text: readFileSync(ISUN_SAMPLE, 'utf8') },
      { name: 'isun-en.txt', text: ISUN_EN_PAGE },
    ];
    expect((await importAll(files, 'ISUN')).counts).toMatchObject({ create: 1, refused: 0 });
    const { projects } = await server.ok<{ projects: { edges: { node: Record<string, any> }[] } }>(
      `{ projects(first: 5) { edges { node { ${PROJECT} } } } }`,
    );
    expect(projects.edges.map((e) => e.node)).toEqual([
      {
        title: '"Моят дом" - 3 ЦНСТ за деца с увреждания и ЗЖ',
        referenceNumber: ISUN_NUMBER,
        fundingProgramme: 'Оперативна програма "Развитие на човешките ресурси"',
        period: { from: '2013-08-29', to: '2015-01-01', precision: 'DAY' },
        implementationStatus: 'COMPLETED',
        contractDate: '2013-08-06',
        // Exact to the stotinka, in leva: the contract is from before 2026.
        budget: { amount: '499990.86', currency: 'BGN' },
        grant: { amount: '424992.23', currency: 'BGN' },
        leadOrganization: { name: 'Община Монтана', kind: 'MUNICIPALITY' },
        funder: { name: 'Европейски социален фонд' },
        municipalities: [{ code: 'MON29' }],
      },
    ]);
    const english = await server.ok<{ projects: { edges: { node: Record<string, any> }[] } }>(
      `{ projects(first: 5, locale: EN) { edges { node { title fundingProgramme } } } }`,
    );
    expect(english.projects.edges[0].node).toEqual({
      title:
        '"My Home" - 3 family-type placement centres for children with disabilities and a protected home',
      fundingProgramme: 'Operational Programme "Human Resources Development"',
    });
    // The register number is the identity: the same pages again change nothing.
    expect((await importAll(files, 'ISUN')).counts).toMatchObject({ create: 0, unchanged: 1 });
  });

  it('reports a place that is no municipality and still imports the rest', async () => {
    const text = readFileSync(ISUN_SAMPLE, 'utf8')
      .replace(ISUN_NUMBER, 'BG05M9OP001-2.002-0001-C01')
      .replace(
        /Място на изпълнение: .*/,
        'Място на изпълнение: БЪЛГАРИЯ > СЕВЕРНА И ЮГОИЗТОЧНА БЪЛГАРИЯ > Северозападен > Монтана > Никъде',
      );
    const applied = await importAll([{ name: 'unknown-place.txt', text }], 'ISUN');
    expect(applied.counts).toMatchObject({ create: 1 });
    const [item] = applied.items.edges.map((e: { node: any }) => e.node);
    expect(item.problems).toContainEqual({ reason: 'unknownPlace', severity: 'warning' });
  });
});

describe('import of spreadsheets', () => {
  it('creates the rows, says which columns it did not take, and keeps going where a stopped job was', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `p${i};Практика от таблица ${i};Родопи;ros;бележка`);
    const csv = `\uFEFFid;title_bg;municipalities;innovator;note\n${rows.join('\n')}\n`;
    const imports = server.obmen.services.imports;
    // The worker is not woken: the steps are taken here, as a server that stops would take them.
    const onWork = imports.onWork;
    imports.onWork = null;
    try {
      const started = await imports.start(
        ImportKind.CSV,
        [{ name: 'practices.csv', text: csv }],
        { publish: false },
        { principal: { kind: 'system', name: 'test' }, requestId: null },
      );
      expect(await imports.step(started.id)).toBe(true);
      expect(await imports.job(started.id)).toMatchObject({ status: 'PLANNING', processed: BATCH });
      // Another server (or this one restarted) goes on from the recorded progress.
      expect(await imports.step(started.id)).toBe(false);
      const planned = await imports.job(started.id);
      expect(planned).toMatchObject({ status: 'PLANNED', processed: 30, counts: { create: 30 } });
      await imports.apply(planned.id, planned.version);
      expect(await imports.step(started.id)).toBe(true);
      expect(await imports.step(started.id)).toBe(false);
      expect(await imports.job(started.id)).toMatchObject({ status: 'APPLIED', counts: { create: 30 } });
      const items = await imports.allItems(started.id);
      expect(items[0].problems).toContainEqual(
        expect.objectContaining({ reason: 'unknownColumns', args: { columns: 'note' } }),
      );
      expect(new Set(items.map((i) => i.recordId)).size).toBe(30);
    } finally {
      imports.onWork = onWork;
    }
  });
});
