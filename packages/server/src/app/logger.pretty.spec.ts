import pino from 'pino';
import { PassThrough } from 'node:stream';
import { requestLogFields, requestLogger } from './request-log';
import { prettyLogs, prettyStream } from './logger';
import express from 'express';
import type { AddressInfo } from 'node:net';

describe('pretty logs (pnpm dev, a terminal)', () => {
  it('are chosen by LOG_PRETTY, else by whether stdout is a terminal', () => {
    expect(prettyLogs({}, true)).toBe(true);
    expect(prettyLogs({}, false)).toBe(false);
    expect(prettyLogs({ LOG_PRETTY: '1' }, false)).toBe(true);
    expect(prettyLogs({ LOG_PRETTY: 'false' }, true)).toBe(false);
  });

  it('print a request as one short line, other entries by their message', async () => {
    const output = new PassThrough();
    const lines: string[] = [];
    output.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const logger = pino(prettyStream(output));

    // The request's completion entry, as the server writes it for each request.
    const app = express()
      .use(requestLogger(logger))
      .post('/graphql', (_req, res) => {
        requestLogFields(res).operation = 'PracticeList';
        res.json({});
      });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/graphql?x=1`, {
      method: 'POST',
      signal: AbortSignal.timeout(5000),
    });
    await response.text();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    logger.info('signed in');

    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: POST \/graphql 200 \d+ ms PracticeList$/);
    expect(lines[1]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: signed in$/);
  });
});
