import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger } from '../app/logger';
import { type Child, startFloorProcess, startLimitProcess, startObmenProcess } from './children';
import { compareShapes } from './compare';
import { cursorAt } from './cursor';
import { preparePglite, preparePostgres } from './database';
import { send, sendJson } from './http';
import { describeMachine } from './machine';
import { measureAlone, measureShape } from './measure';
import { parseOptions } from './options';
import { formatMachine, formatShape, ratioOf, type ShapeResult, summarize } from './report';
import { floorRequest, type Shape, shapes } from './shapes';
import { formatStarts, measureStarts, type StartTimes } from './starts';
import { countStatements, PAGE_SIZES, type StatementCounts } from './statements';

/**
 * `pnpm bench [--quick]`: Obmen against the limit server on the same PostgreSQL database, shape
 * by shape (README "Performance"), then Obmen alone on PGlite. --quick (CI) fails on a
 * different answer or on statements that grow with the page size, and asserts no ratio.
 */
const log = (line: string) => process.stdout.write(`${line}\n`);
const logger = createLogger('warn');
const PAGE_SIZE = 20;

/**
 * A page of one may skip a loader a page of 20 needs (its practice has no organization), so
 * 1 → 20 may add a statement or two; any growth beyond that, or from 20 to 100, is per row.
 */
function statementGrowth(counts: StatementCounts): string | null {
  const [one, twenty, hundred] = PAGE_SIZES.map((size) => counts.list[size]);
  if (hundred > twenty || twenty > one + 2)
    return `Q1's SQL statements grow with the page size: ${one} at 1, ${twenty} at 20, ${hundred} at 100`;
  return null;
}

async function withChildren<T>(
  start: () => Promise<Child[]>,
  work: (children: Child[]) => Promise<T>,
): Promise<T> {
  const children = await start();
  try {
    return await work(children);
  } finally {
    for (const child of children) await child.stop();
  }
}

async function onPglite(list: Shape[], options: ReturnType<typeof parseOptions>) {
  const { dataDir } = await preparePglite(options.sizes, logger, log);
  return withChildren(
    async () => [await startObmenProcess({ dataDir })],
    async ([obmen]) => {
      const deepCursor = await cursorAt(obmen.base, options.sizes.deepOffset);
      const slug = slugOf(options.sizes.practices);
      const segments = new Map<string, ShapeResult['pglite']>();
      for (const shape of shapes({
        pageSize: PAGE_SIZE,
        deepCursor,
        deepOffset: options.sizes.deepOffset,
        slug,
      })) {
        if (!list.some((s) => s.id === shape.id)) continue;
        log(`  PGlite ${shape.id}…`);
        try {
          if (shape.prepare) await send(obmen.base, shape.prepare);
          await sendJson(obmen.base, shape.obmen);
          segments.set(shape.id, await measureAlone(shape, obmen, options.sizes));
        } catch (error) {
          const cause = (error as { cause?: { message?: string } }).cause?.message;
          throw new Error(`${shape.id}: ${String(error)}${cause ? ` (${cause})` : ''}`, { cause: error });
        }
      }
      return segments;
    },
  );
}

const slugOf = (practices: number) => `praktika-${Math.ceil(practices / 2)}`;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const { sizes } = options;
  log(
    `Obmen benchmark, ${sizes.name}: ${sizes.practices} practices, ${sizes.organizations} organizations, ` +
      `${sizes.projects} projects, ${sizes.nominations} nominations`,
  );
  const pg = await preparePostgres(sizes, logger, log);
  const machine = await describeMachine(pg.url);
  log(formatMachine(machine));
  const slug = slugOf(sizes.practices);
  const statements = await countStatements(pg.url, slug, logger);
  const problems: string[] = [];

  const results = await withChildren(
    async () => [
      await startLimitProcess(pg.url),
      await startObmenProcess({ url: pg.url }),
      ...(options.floor ? [await startFloorProcess(pg.url)] : []),
    ],
    async ([limit, obmen, floor = null]) => {
      const deepCursor = await cursorAt(obmen.base, sizes.deepOffset);
      const list = shapes({ pageSize: PAGE_SIZE, deepCursor, deepOffset: sizes.deepOffset, slug }).filter(
        (shape) =>
          !options.only || options.only.has(shape.id.replace(' ', '-')) || options.only.has(shape.id),
      );
      const compared = await compareShapes(obmen.base, limit.base, list);
      problems.push(...compared.problems);
      if (floor) {
        // The floor's answers are the limit's own: a difference means it was asked the wrong thing.
        const asFloor = list.flatMap((shape) => {
          const request = floorRequest(shape);
          return request ? [{ ...shape, id: `${shape.id} (stack floor)`, obmen: request }] : [];
        });
        problems.push(...(await compareShapes(floor.base, limit.base, asFloor)).problems);
      }
      if (problems.length) return [];
      log(
        `every shape's answer equals the limit's; measuring (${sizes.segments} segment(s) of ${sizes.segmentSeconds} s each, ${sizes.connections} connections)…`,
      );
      const measured: ShapeResult[] = [];
      for (const shape of list) {
        log(`  ${shape.id}…`);
        const { limit: l, obmen: o, floor: f } = await measureShape(shape, limit, obmen, sizes, floor);
        const counts =
          shape.id === 'Q1'
            ? Object.fromEntries(PAGE_SIZES.map((size) => [`page ${size}`, statements.list[size]]))
            : shape.id === 'Q2'
              ? { one: statements.detail }
              : null;
        measured.push({
          id: shape.id,
          description: shape.description,
          bodyBytes: compared.bytes.get(shape.id) ?? null,
          limit: l,
          obmen: o,
          pglite: [],
          floor: f,
          ratio: ratioOf(o, l),
          floorRatio: ratioOf(f, l),
          statements: counts,
        });
      }
      return measured;
    },
  );

  let pgliteFailure: string | null = null;
  const growth = statementGrowth(statements);
  if (growth) problems.push(growth);
  if (!problems.length && options.pglite) {
    log('Obmen alone on PGlite, the same dataset:');
    try {
      const pglite = await onPglite(
        results.map((r) => ({ id: r.id }) as Shape),
        options,
      );
      for (const result of results) result.pglite = pglite.get(result.id) ?? [];
    } catch (error) {
      // The PostgreSQL results stand on their own; PGlite's failure is reported, not fatal.
      pgliteFailure = error instanceof Error ? error.message : String(error);
      log(`PGlite run failed: ${pgliteFailure}`);
    }
  }

  // Start times are for the full run: a quick run on a fresh checkout would time an admin build.
  let starts: StartTimes | null = null;
  if (!options.quick) {
    log('Start times:');
    starts = await measureStarts(pg.url, log);
  }

  log('');
  for (const result of results) log(`${formatShape(result)}\n`);
  if (starts) log(`${formatStarts(starts)}\n`);
  log(
    `SQL statements per request: Q1 ${PAGE_SIZES.map((s) => `${statements.list[s]} at ${s}`).join(', ')}; Q2 ${statements.detail}`,
  );
  for (const problem of problems) log(`FAILED ${problem}`);

  const report = {
    at: new Date().toISOString(),
    sizes,
    machine,
    statements,
    shapes: results.map((r) => ({
      ...r,
      summary: {
        limit: summarize(r.limit),
        obmen: summarize(r.obmen),
        pglite: summarize(r.pglite),
        floor: summarize(r.floor),
      },
    })),
    starts,
    problems,
    pgliteFailure,
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  log(`results: ${options.out}`);
  // Ratios are for reading; only a wrong answer or per-row statements fail a run.
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
