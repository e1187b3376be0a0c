import {
  createReadStream,
  createWriteStream,
  existsSync,
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

/**
 * The archive `obmen backup` writes and `obmen restore` reads, whichever way it was taken (the
 * server stopped, or through the running server): a .tar.gz of a manifest, the database folder
 * under db/ and the documents under attachments/.
 */

export const MANIFEST = 'obmen-backup.json';
const FORMAT = 'obmen-embedded-backup';
const VERSION = 1;
/** The owner file lockDataDir writes: a restored folder must not claim a running server. */
export const PID_FILE = 'obmen.pid';

export interface Manifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  attachments: number;
}

/** A refusal worded for the operator: no stack trace is printed for it. */
export class OperatorError extends Error {}

const filesIn = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
    : 0;

/**
 * Which names (relative to the data folder) belong to the database: not the owner file, and not
 * the documents when their folder is inside the data folder (they go under attachments/).
 */
export function databaseEntries(dataDir: string, attachmentsDir: string): (name: string) => boolean {
  const inside = path.relative(dataDir, attachmentsDir);
  const attachmentsInData = !inside.startsWith('..') && !path.isAbsolute(inside);
  return (name) => {
    const entry = path.normalize(name);
    return !(
      entry === PID_FILE ||
      (attachmentsInData && (entry === inside || entry.startsWith(`${inside}${path.sep}`)))
    );
  };
}

/**
 * Writes `file` from a database folder (closed, or a copy taken while nothing wrote) and the
 * documents. It is written beside the target and renamed: an interrupted backup leaves no half
 * archive.
 */
export async function writeArchive(
  source: { dbDir: string; attachmentsDir: string; keep: (name: string) => boolean },
  file: string,
): Promise<Manifest> {
  const { dbDir, attachmentsDir, keep } = source;
  const staging = mkdtempSync(path.join(path.dirname(path.resolve(file)), '.obmen-backup-'));
  try {
    const manifest: Manifest = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      attachments: filesIn(attachmentsDir),
    };
    writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    // A plain tar appended to part by part (one source folder each), then compressed.
    const plain = path.join(staging, 'backup.tar');
    await tar.c({ file: plain, cwd: staging, portable: true }, [MANIFEST]);
    await tar.r(
      { file: plain, cwd: dbDir, prefix: 'db', portable: true, filter: (name) => keep(name) },
      readdirSync(dbDir).filter(keep),
    );
    if (existsSync(attachmentsDir) && readdirSync(attachmentsDir).length)
      await tar.r(
        { file: plain, cwd: attachmentsDir, prefix: 'attachments', portable: true },
        readdirSync(attachmentsDir),
      );
    const partial = path.join(staging, 'backup.tar.gz');
    await pipeline(createReadStream(plain), createGzip(), createWriteStream(partial));
    renameSync(partial, path.resolve(file));
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The archive's manifest, or a refusal when `file` is not an Obmen embedded backup. */
export async function readManifest(file: string): Promise<Manifest> {
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
