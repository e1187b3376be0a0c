import express from 'express';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveAdmin } from './admin-static';
import { listenLocally } from '../test/listen';
import { securityHeaders } from './hardening';

describe('the CSP nonce', () => {
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'obmen-admin-'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><style nonce="__CSP_NONCE__"></style>');
    const app = express().use(securityHeaders(true));
    app.post('/graphql', (_req, res) => void res.json({ data: {} }));
    expect(serveAdmin(app, dist)).toBe(true);
    ({ url, close } = await listenLocally(app));
  });
  afterAll(() => close());

  const page = async () => {
    const response = await fetch(`${url}/practices`, { headers: { accept: 'text/html' } });
    const allowed = /style-src 'self' 'nonce-([^']+)'/.exec(
      response.headers.get('content-security-policy') ?? '',
    );
    const written = /nonce="([^"]+)"/.exec(await response.text());
    return { allowed: allowed?.[1], written: written?.[1] };
  };

  it("is the one the admin's page carries, new for every page", async () => {
    const first = await page();
    const second = await page();
    expect(first.allowed).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.written).toBe(first.allowed);
    expect(second.written).toBe(second.allowed);
    expect(second.allowed).not.toBe(first.allowed);
  });

  it('is left out of a GraphQL answer, which keeps the rest of the policy', async () => {
    const answer = await fetch(`${url}/graphql`, { method: 'POST' });
    const csp = answer.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('nonce');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
  });
});
