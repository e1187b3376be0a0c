import { UserRole } from '../common/principal';
import { Writable } from 'node:stream';
import { solvePow } from '../modules/nomination/altcha';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test/harness';
import { createLogger } from './logger';

/** Every line the server logs, at the most talkative level (SQL included). */
const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ logger: createLogger('trace', sink) });
});
afterAll(() => server.stop());

const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { email } }`;

async function post(body: unknown, headers: Record<string, string> = {}, query = '') {
  return fetch(`${server.url}/graphql${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the log', () => {
  it('never holds a session cookie, partner token, password, ALTCHA payload or nominator e-mail', async () => {
    const email = 'log-reader@test.example';
    await server.obmen.services.auth.ensureUser({
      email,
      password: TEST_PASSWORD,
      name: 'Читател',
      roles: [UserRole.ADMIN],
    });
    // Signing in over HTTP: the response's Set-Cookie carries the session token.
    const signedIn = await post({ query: LOGIN, variables: { email, password: TEST_PASSWORD } });
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    const session = /obmen_session=([^;]+)/.exec(cookie)?.[1] ?? '';
    expect(session.length).toBeGreaterThan(20);
    await post({ query: '{ me { email } }' }, { cookie: `obmen_session=${session}` });
    // A wrong password and a login whose address is in the query string of a GET.
    await post({ query: LOGIN, variables: { email, password: 'not-the-password-9' } });
    await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ practices { totalCount } }')}&email=${email}`,
      { headers: { 'apollo-require-preflight': '1' } },
    );

    const partner = (await server.headersFor('partner')).authorization;
    await post({ query: '{ practices { totalCount } }' }, { authorization: partner });

    const { createPractice } = await server.ok(
      `mutation { createPractice(input: { title: { bg: "Дневен център" }, status: PUBLISHED }) { id } }`,
    );
    const challenge = (
      await server.gql(`{ nominationChallenge { algorithm challenge maxnumber salt signature expiresAt } }`)
    ).data?.nominationChallenge;
    const altcha = solvePow(challenge);
    const nominator = 'nominator.private@example.org';
    const submitted = await post({
      query: `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { received } }`,
      variables: { input: { practiceId: createPractice.id, name: 'Мария', email: nominator, altcha } },
    });
    expect(submitted.status).toBe(200);

    const log = lines.join('\n');
    const secrets = {
      session,
      partnerToken: partner.replace(/^Bearer /, ''),
      password: TEST_PASSWORD,
      wrongPassword: 'not-the-password-9',
      altcha,
      nominator,
      staffEmail: email,
    };
    for (const [name, secret] of Object.entries(secrets)) {
      expect({ name, found: log.includes(secret) }).toEqual({ name, found: false });
    }
    expect(log).not.toMatch(/set-cookie|authorization/i);
  });

  it('says per request what was done by whom: method, path, operation, status, duration, id, principal', async () => {
    lines.length = 0;
    const partner = await server.headersFor('partner');
    await post(
      { query: 'query Listing { practices { totalCount } }' },
      { ...partner, 'x-request-id': 'probe-42' },
    );
    const entry = lines
      .map((line) => JSON.parse(line) as Record<string, any>)
      .find((l) => l.req?.id === 'probe-42');
    expect(entry).toMatchObject({
      level: 30,
      req: { id: 'probe-42', method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      operation: 'Listing',
      principal: 'partner',
    });
    expect(typeof entry?.responseTime).toBe('number');
    expect(Object.keys(entry?.req ?? {}).sort()).toEqual(['id', 'method', 'path']);
  });
});
