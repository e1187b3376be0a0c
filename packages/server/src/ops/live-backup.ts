import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../common/logger';
import { databaseEntries, type Manifest, OperatorError, writeArchive } from './backup-archive';

/**
 * `obmen backup` while the server runs. The embedded database is this process's alone, so the
 * backup is taken by the server: it asks for the database session (no statement runs while it
 * holds it), checkpoints, copies the data folder, lets go, and only then packs and compresses the
 * copy. Requests wait for the copy, not for the packing.
 *
 * The command reaches the server over a local socket beside the data folder (a named pipe on
 * Windows), readable and writable by the server's user only: whoever may read the data folder
 * may take a backup, nobody else, and nothing listens on the network for it.
 */

/** Unix socket paths are limited to ~107 bytes: a long data folder's socket goes to the temp folder. */
const MAX_SOCKET_PATH = 100;

export function controlSocketPath(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  const id = createHash('sha256').update(resolved).digest('hex').slice(0, 16);
  if (process.platform === 'win32') return `\\\\.\\pipe\\obmen-${id}`;
  const beside = `${resolved}.sock`;
  return beside.length <= MAX_SOCKET_PATH ? beside : path.join(tmpdir(), `obmen-${id}.sock`);
}

export interface BackupChannelOptions {
  dataDir: string;
  attachmentsDir: string;
  /** Runs `copy` while the database session is held and nothing writes, after a checkpoint. */
  quiesced(copy: () => void): Promise<void>;
  logger: Logger;
}

/** The copy of the database and the documents, packed into `file`. */
async function backupWhileRunning(options: BackupChannelOptions, file: string): Promise<Manifest> {
  const { dataDir, attachmentsDir } = options;
  const keep = databaseEntries(dataDir, attachmentsDir);
  const staging = mkdtempSync(path.join(path.dirname(file), '.obmen-live-'));
  try {
    const dbDir = path.join(staging, 'db');
    await options.quiesced(() =>
      cpSync(dataDir, dbDir, {
        recursive: true,
        filter: (source) => source === dataDir || keep(path.relative(dataDir, source)),
      }),
    );
    // Documents are written before their row commits and deleted after it: a document purged
    // between the copy above and this one is missing from the archive, never one the copy lists.
    return await writeArchive({ dbDir, attachmentsDir, keep: () => true }, file);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface BackupChannel {
  close(): Promise<void>;
}

/** Listens on the data folder's control socket; `GET /backup` answers with the archive. */
export async function startBackupChannel(options: BackupChannelOptions): Promise<BackupChannel> {
  const socket = controlSocketPath(options.dataDir);
  let busy = false;
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/backup') {
      res.writeHead(404).end('unknown command\n');
      return;
    }
    if (busy) {
      res.writeHead(409).end('a backup is already being taken: try again when it is done\n');
      return;
    }
    busy = true;
    const work = mkdtempSync(path.join(path.dirname(path.resolve(options.dataDir)), '.obmen-backup-out-'));
    const archive = path.join(work, 'backup.tar.gz');
    backupWhileRunning(options, archive)
      .then(async (manifest) => {
        res.writeHead(200, {
          'content-type': 'application/gzip',
          'content-length': statSync(archive).size,
          'x-obmen-manifest': JSON.stringify(manifest),
        });
        await pipeline(createReadStream(archive), res);
      })
      .catch((error: unknown) => {
        options.logger.error({ err: error }, 'a backup through the running server failed');
        if (!res.headersSent)
          res.writeHead(500).end(`the server could not take the backup: ${(error as Error).message}\n`);
        else res.destroy();
      })
      .finally(() => {
        busy = false;
        rmSync(work, { recursive: true, force: true });
      });
  });
  // A socket file left by a killed server: this process holds the data folder, so it is stale.
  if (process.platform !== 'win32' && existsSync(socket)) unlinkSync(socket);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  if (process.platform !== 'win32') chmodSync(socket, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Asks the server running on `dataDir` for a backup into `file`; null when no server answers on
 * its socket (none runs, or one too old to offer it).
 */
export async function backupThroughServer(
  dataDir: string,
  file: string,
  timeoutMs = 600_000,
): Promise<Manifest | null> {
  const socketPath = controlSocketPath(dataDir);
  if (process.platform !== 'win32' && !existsSync(socketPath)) return null;
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  return new Promise<Manifest | null>((resolve, reject) => {
    const req = request({ socketPath, path: '/backup', method: 'GET', timeout: timeoutMs }, (res) => {
      if (res.statusCode !== 200) {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          reject(new OperatorError(text.trim() || `the server answered ${res.statusCode}`)),
        );
        return;
      }
      const manifest = JSON.parse(String(res.headers['x-obmen-manifest'])) as Manifest;
      pipeline(res, createWriteStream(partial)).then(
        () => {
          renameSync(partial, target);
          resolve(manifest);
        },
        (error: unknown) => {
          rmSync(partial, { force: true });
          reject(new OperatorError(`the backup was cut off: ${(error as Error).message}`));
        },
      );
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      rmSync(partial, { force: true });
      // Nobody listens: a socket file without a server (killed), or a server without the channel.
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT') resolve(null);
      else reject(new OperatorError(`the running server could not be asked for a backup: ${error.message}`));
    });
    req.end();
  });
}
