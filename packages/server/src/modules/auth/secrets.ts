import { createHmac, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Setting } from './auth.entity';

const KEY = 'server-secret';

/**
 * The server's secret: from OBMEN_SECRET, else generated once and kept in the database, so
 * address hashes and proof-of-work signatures stay valid across restarts.
 */
export async function loadServerSecret(ds: DataSource, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const repo = ds.getRepository(Setting);
  const existing = await repo.findOneBy({ key: KEY });
  if (existing) return existing.value;
  await repo
    .createQueryBuilder()
    .insert()
    .values({ key: KEY, value: randomBytes(32).toString('hex') })
    .orIgnore()
    .execute();
  return (await repo.findOneByOrFail({ key: KEY })).value;
}

/** A keyed hash of a client address: enough to count and block, useless to anyone else. */
export function senderHash(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`sender:${ip}`).digest('hex').slice(0, 32);
}
