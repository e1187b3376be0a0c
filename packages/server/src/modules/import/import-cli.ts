import { SingleBar } from 'cli-progress';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Actor } from '../../common/principal';
import { ImportItem, ImportJobStatus, ImportKind, ImportOutcome } from './import.entity';
import type { ImportService } from './import.service';
import type { SourceFile } from './import.types';

/*
 * `obmen import <kind> <files or folders>`: the same job the admin runs, run in this process with
 * a progress bar, then its report. A stopped run is resumed by running it again: the files are
 * read anew and what was already written comes out UNCHANGED.
 */

const EXTENSIONS: Record<ImportKind, RegExp> = {
  FLGR: /\.(txt|text)$/i,
  ISUN: /\.(txt|text)$/i,
  CSV: /\.csv$/i,
};

/** The files given, and the files of the folders given (their kind's extension, sorted). */
export function readSourceFiles(kind: ImportKind, paths: string[]): SourceFile[] {
  const files: string[] = [];
  for (const given of paths) {
    if (statSync(given).isDirectory()) {
      files.push(
        ...readdirSync(given)
          .filter((name) => EXTENSIONS[kind].test(name))
          .sort()
          .map((name) => path.join(given, name)),
      );
    } else files.push(given);
  }
  return files.map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }));
}

export interface CliImportOptions {
  dryRun?: boolean;
  publish?: boolean;
  lang?: 'bg' | 'en';
}

/** Runs one import to its end; returns the lines of its report and whether anything was refused. */
export async function runImport(
  imports: ImportService,
  kind: ImportKind,
  files: SourceFile[],
  options: CliImportOptions,
  actor: Actor,
  out: NodeJS.WritableStream = process.stdout,
): Promise<{ report: string[]; refused: number }> {
  let job = await imports.start(kind, files, { publish: options.publish, lang: options.lang }, actor);
  const bar = new SingleBar({
    format: ' {phase} [{bar}] {value}/{total}',
    stream: out,
    noTTYOutput: false,
    notTTYSchedule: 5000,
  });
  const phases = options.dryRun ? ['planning'] : ['planning', 'applying'];
  for (const phase of phases) {
    if (phase === 'applying') job = await imports.apply(job.id, job.version);
    bar.start(job.total, 0, { phase });
    while (await imports.step(job.id)) bar.update((await imports.job(job.id)).processed);
    job = await imports.job(job.id);
    bar.update(job.processed);
    bar.stop();
  }
  const items = await imports.allItems(job.id);
  const report = reportLines(job.status, items, job.refusedFiles, options.dryRun ?? false);
  const refused = items.filter((i) => i.outcome === ImportOutcome.REFUSED).length + job.refusedFiles.length;
  return { report, refused };
}

const VERB: Record<ImportOutcome, [string, string]> = {
  CREATE: ['would create', 'created'],
  UPDATE: ['would update', 'updated'],
  UNCHANGED: ['unchanged', 'unchanged'],
  CONFLICT: ['would keep an editor’s change', 'kept an editor’s change'],
  REFUSED: ['would refuse', 'refused'],
};

function reportLines(
  status: ImportJobStatus,
  items: ImportItem[],
  refusedFiles: { origin: string; problems: { message: string }[] }[],
  dryRun: boolean,
): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const outcome = item.outcome ?? ImportOutcome.REFUSED;
    const verb = VERB[outcome][dryRun ? 0 : 1];
    const fields =
      item.fields.length && outcome === ImportOutcome.UPDATE ? ` (${item.fields.join(', ')})` : '';
    lines.push(`${verb.padEnd(16)} ${item.recordType} «${item.title}» ← ${item.origin}${fields}`);
    for (const problem of item.problems)
      lines.push(`    ${problem.severity === 'error' ? '✗' : '!'} ${problem.message}`);
  }
  for (const file of refusedFiles) {
    lines.push(`refused file     ${file.origin}`);
    for (const problem of file.problems) lines.push(`    ✗ ${problem.message}`);
  }
  const count = (o: ImportOutcome) => items.filter((i) => i.outcome === o).length;
  lines.push(
    `${dryRun ? 'Dry run (nothing written)' : status}: ${count(ImportOutcome.CREATE)} create, ${count(ImportOutcome.UPDATE)} update, ` +
      `${count(ImportOutcome.UNCHANGED)} unchanged, ${count(ImportOutcome.CONFLICT)} kept, ` +
      `${count(ImportOutcome.REFUSED) + refusedFiles.length} refused`,
  );
  return lines;
}
