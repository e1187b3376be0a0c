import type { Express } from 'express';
import type { AddressInfo } from 'node:net';

/** Serves `app` on a free local port for a spec: its address, and how to stop it. */
export async function listenLocally(app: Express): Promise<{ url: string; close: () => void }> {
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`,
    close: () => listening.close(),
  };
}
