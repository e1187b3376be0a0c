import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import type { Logger } from '../common/logger';

interface Owner {
  pid: number;
  host: string;
}

const ownerFile = (dataDir: string) => path.join(dataDir, 'obmen.pid');
const lockDir = (dataDir: string) => `${dataDir}.lock`;

function readOwner(dataDir: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as Owner) : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A holder on this machine that no longer runs (killed, crashed): its lock can be taken at
 * once. Our own pid counts as dead: a container restarts with the same pid it had.
 */
function holderIsDead(owner: Owner | null): owner is Owner {
  return !!owner && owner.host === hostname() && (owner.pid === process.pid || !alive(owner.pid));
}

/**
 * Two processes on one embedded data folder would corrupt it: the second start is refused
 * while the first runs. The holder writes its pid beside the data, so a lock left by a killed
 * process is taken over at once rather than after proper-lockfile's staleness period.
 */
export async function lockDataDir(dataDir: string, logger: Logger): Promise<() => Promise<void>> {
  const take = () =>
    lockfile.lock(dataDir, {
      stale: 15_000,
      update: 5_000,
      // A slow disk must not crash the server: say so and keep running.
      onCompromised: (error) => logger.error({ err: error }, 'the data folder lock was compromised'),
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    const owner = readOwner(dataDir);
    if (!holderIsDead(owner)) {
      throw new Error(`The data folder ${dataDir} is in use by another Obmen process`, { cause: error });
    }
    logger.warn(
      { pid: owner.pid },
      'taking over the data folder lock of a process that is no longer running',
    );
    rmSync(lockDir(dataDir), { recursive: true, force: true });
    release = await take();
  }
  writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, host: hostname() }));
  return async () => {
    rmSync(ownerFile(dataDir), { force: true });
    await release();
  };
}
