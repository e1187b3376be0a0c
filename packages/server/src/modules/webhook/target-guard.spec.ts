import { Webhook as Verifier } from 'standardwebhooks';
import { RevisionAction } from '../../common/revision-action';
import { isPrivateAddress, targetProblem } from './target-guard';
import { contentChange } from './webhook-events';
import { newSigningSecret, SecretBox, signedHeaders } from './webhook-secret';
import { DEFAULT_RETRY_MS, webhookSettings } from './webhook-settings';
import { retryDelay } from './webhook-worker';

/** A resolver answering from a table, as DNS would. */
const dns =
  (table: Record<string, string[]>) =>
  async (host: string): Promise<string[]> => {
    if (!(host in table)) throw new Error('ENOTFOUND');
    return table[host];
  };

describe('webhook targets in production (SSRF)', () => {
  const resolve = dns({
    'hooks.example.org': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    'split.example.org': ['93.184.215.14', '10.1.2.3'],
    'internal.example.org': ['192.168.1.10'],
    'metadata.example.org': ['169.254.169.254'],
    'v6-loop.example.org': ['::1'],
  });
  const refused = (url: string) => targetProblem(url, false, resolve);

  it('accept https to a name whose every address is public', async () => {
    expect(await refused('https://hooks.example.org/obmen')).toBeNull();
    expect(await refused('https://93.184.215.14/x')).toBeNull();
  });

  it('refuse http, loopback, private, link-local and unresolvable targets, and credentials', async () => {
    for (const url of [
      'http://127.0.0.1/x',
      'http://hooks.example.org/x',
      'https://10.0.0.1',
      'https://localhost',
      'https://api.localhost/x',
      'https://[::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://[fe80::1]/x',
      'https://172.20.0.5/x',
      'https://split.example.org/x',
      'https://internal.example.org/x',
      'https://metadata.example.org/latest',
      'https://v6-loop.example.org/x',
      'https://nowhere.example.org/x',
      'https://user:pass@hooks.example.org/x',
      'ftp://hooks.example.org/x',
      'not a url',
    ]) {
      expect([url, await refused(url)]).toEqual([url, expect.any(String)]);
    }
  });

  it('allow loopback and http when private targets are allowed (development)', async () => {
    expect(await targetProblem('http://127.0.0.1:4000/hook', true, resolve)).toBeNull();
    expect(await targetProblem('ftp://127.0.0.1/hook', true, resolve)).toEqual(expect.any(String));
  });

  it('tell private addresses from public ones', () => {
    expect(
      ['10.0.0.1', '127.0.0.1', '169.254.1.1', '100.64.0.1', '::1', 'fd00::1', '::ffff:10.0.0.1'].map(
        isPrivateAddress,
      ),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(['8.8.8.8', '2001:4860:4860::8888', '::ffff:8.8.8.8'].map(isPrivateAddress)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('are allowed by default outside production only, unless the environment says', () => {
    expect(webhookSettings({}, true).allowPrivate).toBe(false);
    expect(webhookSettings({}, false).allowPrivate).toBe(true);
    expect(webhookSettings({ OBMEN_WEBHOOK_ALLOW_PRIVATE: 'true' }, true).allowPrivate).toBe(true);
    expect(webhookSettings({ OBMEN_WEBHOOK_RETRY_MS: '0,200,200' }, true).retryMs).toEqual([0, 200, 200]);
    expect(() => webhookSettings({ OBMEN_WEBHOOK_RETRY_MS: '0,soon' }, true)).toThrow(
      /OBMEN_WEBHOOK_RETRY_MS/,
    );
  });
});

describe('webhook retries', () => {
  it('follow the schedule (now, 5 s, 5 min … 24 h) with at most 10 % jitter, then stop', () => {
    expect(DEFAULT_RETRY_MS).toHaveLength(8);
    expect(retryDelay(DEFAULT_RETRY_MS, 1)).toBe(0);
    expect(retryDelay(DEFAULT_RETRY_MS, 2, () => 0)).toBe(4500);
    expect(retryDelay(DEFAULT_RETRY_MS, 2, () => 1)).toBe(5500);
    expect(retryDelay(DEFAULT_RETRY_MS, 8, () => 0.5)).toBe(24 * 3600 * 1000);
    expect(retryDelay(DEFAULT_RETRY_MS, 9)).toBeNull();
  });
});

describe('content events', () => {
  const { CREATE, UPDATE, DELETE, RESTORE } = RevisionAction;
  it('are a publication, an edit of published content or its withdrawal — never a draft edit', () => {
    expect(contentChange(CREATE, null, 'PUBLISHED')).toBe('published');
    expect(contentChange(CREATE, null, 'DRAFT')).toBeNull();
    expect(contentChange(UPDATE, 'DRAFT', 'DRAFT')).toBeNull();
    expect(contentChange(UPDATE, 'IN_REVIEW', 'PUBLISHED')).toBe('published');
    expect(contentChange(UPDATE, 'PUBLISHED', 'PUBLISHED')).toBe('updated');
    expect(contentChange(UPDATE, 'PUBLISHED', 'ARCHIVED')).toBe('unpublished');
    expect(contentChange(DELETE, 'PUBLISHED', 'PUBLISHED')).toBe('unpublished');
    expect(contentChange(DELETE, 'DRAFT', 'DRAFT')).toBeNull();
    expect(contentChange(RESTORE, null, 'PUBLISHED')).toBe('published');
  });
});

describe('webhook secrets', () => {
  it('are stored encrypted and sign so that standardwebhooks verifies with each of them', () => {
    const box = new SecretBox('server secret');
    const [oldSecret, newSecret] = [newSigningSecret(), newSigningSecret()];
    const sealed = box.seal(newSecret);
    expect(sealed).not.toContain(newSecret.slice(6));
    expect(box.open(sealed)).toBe(newSecret);
    expect(() => new SecretBox('another secret').open(sealed)).toThrow();
    const body = '{"type":"practice.published"}';
    const headers = signedHeaders('msg-1', body, [newSecret, oldSecret]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Verifier(newSecret).verify(body, headers)).toEqual({ type: 'practice.published' });
    expect(new Verifier(oldSecret).verify(body, headers)).toEqual({ type: 'practice.published' });
    expect(() => new Verifier(newSigningSecret()).verify(body, headers)).toThrow(/signature/);
  });
});
