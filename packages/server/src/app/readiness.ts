import type { DataSource } from 'typeorm';
import { isMigrated } from '../db/migrate';

/** `/ready` answers within this, whatever the database does: a load balancer must not hang. */
const READY_WITHIN_MS = 1000;

export type Readiness = 'ready' | 'migrations pending' | 'database unreachable';

export async function readiness(ds: DataSource): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve('database unreachable'), READY_WITHIN_MS);
  });
  const check = isMigrated(ds).then(
    (migrated): Readiness => (migrated ? 'ready' : 'migrations pending'),
    (): Readiness => 'database unreachable',
  );
  try {
    return await Promise.race([check, late]);
  } finally {
    clearTimeout(timer);
  }
}
