import { PGlite } from '@electric-sql/pglite';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import type { Logger } from '../common/logger';
import { lockDataDir } from '../db/data-dir-lock';
import { attachmentSettings } from '../modules/attachment';
import {
  databaseEntries,
  type Manifest,
  OperatorError,
  PID_FILE,
  readManifest,
  writeArchive,
} from './backup-archive';
import { backupThroughServer } from './live-backup';

/**
 * `obmen backup` / `obmen restore` for the embedded database: one .tar.gz holding the data
 * folder (db/) and the uploaded documents (attachments/), with a small manifest
 * (backup-archive.ts).
 *
 * PGlite is one process's database: no second process can open the folder, and a copy of its
 * files while a server writes them would not be consistent. So the backup takes the data folder's
 * lock when no server runs, and otherwise asks the running server to take it (live-backup.ts).
 * A restore replaces the database: it is refused while a server runs. For PostgreSQL, pg_dump.
 */

export interface EmbeddedPaths {
  dataDir: string;
  attachmentsDir: string;
}

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

/** The data folder is held by a running server. */
class ServerRunning extends OperatorError {}

/** Holds the data folder's lock around `work`, with the operator's wording when a server has it. */
async function underLock<T>(dataDir: string, logger: Logger, work: () => Promise<T>): Promise<T> {
  let unlock: () => Promise<void>;
  try {
    unlock = await lockDataDir(dataDir, logger);
  } catch (error) {
    if (/in use by another Obmen process/.test((error as Error).message))
      throw new ServerRunning(
        `${(error as Error).message}: stop that server first (the embedded database is one process's; ` +
          'its files change while it runs), then run this again.',
      );
    throw error;
  }
  try {
    return await work();
  } finally {
    await unlock();
  }
}

/**
 * Writes `file`: the data folder after a clean shut-down, and the documents; through the running
 * server when one holds the folder.
 */
export async function backupEmbedded(paths: EmbeddedPaths, file: string, logger: Logger): Promise<Manifest> {
  const { dataDir, attachmentsDir } = paths;
  if (!existsSync(path.join(dataDir, 'PG_VERSION')))
    throw new OperatorError(`${dataDir} holds no embedded database (no PG_VERSION): nothing to back up`);
  try {
    return await underLock(dataDir, logger, async () => {
      // Opening replays what a killed server left in the write-ahead log; closing checkpoints, so
      // the files copied below are a clean, complete database.
      const db = await PGlite.create({ dataDir });
      await db.close();
      return writeArchive(
        { dbDir: dataDir, attachmentsDir, keep: databaseEntries(dataDir, attachmentsDir) },
        file,
      );
    });
  } catch (error) {
    if (!(error instanceof ServerRunning)) throw error;
    const manifest = await backupThroughServer(dataDir, file);
    if (!manifest) throw error;
    return manifest;
  }
}

const isEmpty = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

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
