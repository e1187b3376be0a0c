import type http from 'node:http';

/**
 * Runs a bench child's HTTP server (the limit, the stack floor) on PORT (0: any), says
 * `listening <port>` for children.ts to read, and on SIGTERM closes it and then `release`s
 * what it holds.
 */
export function serveForBench(server: http.Server, release: () => Promise<unknown>): void {
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(`listening ${port}\n`);
  });
  process.on('SIGTERM', () => {
    server.close();
    void release().then(() => process.exit(0));
  });
}
