import os from 'node:os';
import { Client } from 'pg';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  postgres: string;
}

export async function describeMachine(url: string): Promise<Machine> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>(
      "SELECT current_setting('server_version') AS version",
    );
    return {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      cores: os.cpus().length,
      ramGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: rows[0].version,
    };
  } finally {
    await client.end();
  }
}
