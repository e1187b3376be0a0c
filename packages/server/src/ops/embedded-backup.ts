import { PGlite } from '@electric-sql/pglite';
import { attachmentSettings } from '../modules/attachment';
import {
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import * as tar from 'tar';
import type { Logger } from '../common/logger';
import { lockDataDir } from '../db/data-dir-lock';

/**
 * `obmen backup` / `obmen restore` for the embedded database: one .tar.gz holding the data
 * folder (db/) and the uploaded documents (attachments/), with a small manifest.
 *
 * A live copy is not possible: PGlite is one process's database (no second process can open the
 * folder), and a copy of its files while a server writes them would not be consistent. So both
 * commands take the data folder's lock, the one a running server holds, and are refused while a
 * server runs: stop it (seconds), back up, start it again. For PostgreSQL, pg_dump does it live.
 */

export const MANIFEST = 'obmen-backup.json';
const FORMAT = 'obmen-embedded-backup';
const VERSION = 1;
/** The owner file lockDataDir writes: a restored folder must not claim a running server. */
const PID_FILE = 'obmen.pid';

export interface EmbeddedPaths {
  dataDir: string;
  attachmentsDir: string;
}

export interface Manifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  attachments: number;
}

/** A refusal worded for the operator: no stack trace is printed for it. */
export class OperatorError extends Error {}

const PG_DUMP_HINT =
  'With DATABASE_URL (PostgreSQL) use pg_dump and pg_restore: pg_dump --format=custom --file=obmen.dump "$DATABASE_URL", ' +
  'and into an empty database pg_restore --no-owner --dbname="$DATABASE_URL" obmen.dump (README "Backup and restore").';

export function postgresRefusal(): OperatorError {
  return new OperatorError(`obmen backup and restore are for the embedded database. ${PG_DUMP_HINT}`);
}

/**
 * The embedded mode's documents folder, by the attachment module's own rule (OBMEN_ATTACHMENTS_DIR,
 * else `attachments` in the data folder). Documents in an S3 bucket (OBMEN_S3_BUCKET) are not in
 * the archive.
 */
export function embeddedPaths(dataDir: string, env: NodeJS.ProcessEnv): EmbeddedPaths {
  const { DATABASE_URL: _none, ...embedded } = env;
  return { dataDir, attachmentsDir: attachmentSettings({ ...embedded, OBMEN_DATA_DIR: dataDir }).dir };
}

/** Holds the data folder's lock around `work`, with the operator's wording when a server has it. */
async function underLock<T>(dataDir: string, logger: Logger, work: () => Promise<T>): Promise<T> {
  let unlock: () => Promise<void>;
  try {
    unlock = await lockDataDir(dataDir, logger);
  } catch (error) {
    if (/in use by another Obmen process/.test((error as Error).message))
      throw new OperatorError(
        `${(error as Error).message}: stop that server first (the embedded database is one process's; ` +
          'a copy of its files while it runs would not be consistent), then run this again.',
      );
    throw error;
  }
  try {
    return await work();
  } finally {
    await unlock();
  }
}

const filesIn = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
    : 0;

/** Writes `file`: the data folder after a clean shut-down, and the documents. */
export async function backupEmbedded(paths: EmbeddedPaths, file: string, logger: Logger): Promise<Manifest> {
  const { dataDir, attachmentsDir } = paths;
  if (!existsSync(path.join(dataDir, 'PG_VERSION')))
    throw new OperatorError(`${dataDir} holds no embedded database (no PG_VERSION): nothing to back up`);
  return underLock(dataDir, logger, async () => {
    // Opening replays what a killed server left in the write-ahead log; closing checkpoints, so
    // the files copied below are a clean, complete database.
    const db = await PGlite.create({ dataDir });
    await db.close();
    const staging = mkdtempSync(path.join(path.dirname(path.resolve(file)), '.obmen-backup-'));
    try {
      const manifest: Manifest = {
        format: FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        attachments: filesIn(attachmentsDir),
      };
      writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
      const inside = path.relative(dataDir, attachmentsDir);
      const attachmentsInData = !inside.startsWith('..') && !path.isAbsolute(inside);
      const skip = (name: string) =>
        name === PID_FILE || (attachmentsInData && (name === inside || name.startsWith(`${inside}/`)));
      // A plain tar appended to part by part (one source folder each), then compressed.
      const plain = path.join(staging, 'backup.tar');
      await tar.c({ file: plain, cwd: staging, portable: true }, [MANIFEST]);
      await tar.r(
        {
          file: plain,
          cwd: dataDir,
          prefix: 'db',
          portable: true,
          filter: (name) => !skip(path.normalize(name)),
        },
        readdirSync(dataDir).filter((name) => !skip(name)),
      );
      if (existsSync(attachmentsDir) && readdirSync(attachmentsDir).length)
        await tar.r(
          { file: plain, cwd: attachmentsDir, prefix: 'attachments', portable: true },
          readdirSync(attachmentsDir),
        );
      // Written beside the target and renamed: an interrupted backup leaves no half archive.
      const partial = path.join(staging, 'backup.tar.gz');
      await pipeline(createReadStream(plain), createGzip(), createWriteStream(partial));
      renameSync(partial, path.resolve(file));
      return manifest;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });
}

const isEmpty = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** The archive's manifest, or a refusal when `file` is not an Obmen embedded backup. */
async function readManifest(file: string): Promise<Manifest> {
  const names: string[] = [];
  const chunks: Buffer[] = [];
  try {
    await tar.t({
      file,
      strict: true,
      onReadEntry: (entry) => {
        names.push(entry.path);
        if (entry.path === MANIFEST) entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        else entry.resume();
      },
    });
  } catch (error) {
    throw new OperatorError(`${file} is not a readable .tar.gz (${(error as Error).message})`);
  }
  let found: Manifest | null = null;
  try {
    found = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Manifest;
  } catch {
    // No manifest, or not JSON: refused below.
  }
  if (!found || found.format !== FORMAT)
    throw new OperatorError(`${file} is not an Obmen embedded-database backup`);
  if (found.version > VERSION)
    throw new OperatorError(
      `${file} was written by a newer Obmen (backup format ${found.version}): update first`,
    );
  if (!names.includes('db/PG_VERSION'))
    throw new OperatorError(`${file} holds no database (no db/PG_VERSION)`);
  const stray = names.find((name) => !/^(db|attachments)\//.test(name) && name !== MANIFEST);
  if (stray) throw new OperatorError(`${file} holds an unexpected entry: ${stray}`);
  return found;
}

/**
 * Puts a backup's database and documents in place. A folder with something in it is refused
 * unless `force` (its content is then replaced). The archive is unpacked beside the data folder
 * first and moved in only when whole, so a failed restore leaves the folders as they were.
 */
export async function restoreEmbedded(
  paths: EmbeddedPaths,
  file: string,
  options: { force?: boolean },
  logger: Logger,
): Promise<Manifest> {
  const { dataDir, attachmentsDir } = paths;
  if (!existsSync(file)) throw new OperatorError(`${file} does not exist`);
  const manifest = await readManifest(file);
  mkdirSync(dataDir, { recursive: true });
  return underLock(dataDir, logger, async () => {
    const inUse = [dataDir, attachmentsDir].filter(
      (dir) => !isEmpty(dir) && !(dir === dataDir && readdirSync(dir).every((n) => n === PID_FILE)),
    );
    if (inUse.length && !options.force)
      throw new OperatorError(
        `${inUse.join(' and ')} not empty: restore into an empty folder, or add --force to replace`,
      );
    const staging = mkdtempSync(path.join(path.dirname(dataDir), '.obmen-restore-'));
    try {
      await tar.x({ file, cwd: staging, strict: true });
      // The database must open before it replaces anything.
      const db = await PGlite.create({ dataDir: path.join(staging, 'db') });
      await db.close();
      for (const name of readdirSync(dataDir))
        if (name !== PID_FILE) rmSync(path.join(dataDir, name), { recursive: true, force: true });
      for (const name of readdirSync(path.join(staging, 'db')))
        renameSync(path.join(staging, 'db', name), path.join(dataDir, name));
      rmSync(attachmentsDir, { recursive: true, force: true });
      mkdirSync(path.dirname(attachmentsDir), { recursive: true });
      if (existsSync(path.join(staging, 'attachments')))
        moveFolder(path.join(staging, 'attachments'), attachmentsDir);
      else mkdirSync(attachmentsDir, { recursive: true });
      return manifest;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });
}

/** rename, or a copy when the documents folder is on another file system than the data folder. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}
