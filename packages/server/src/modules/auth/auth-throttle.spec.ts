import { systemActor, UserRole } from '../../common/principal';
import argon2 from 'argon2';
import { startModuleServer, TEST_PASSWORD, type TestServer } from '../../test/harness';
import { AuthService } from './auth.service';
import { LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_ADDRESS } from './login-throttle';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([]);
});
afterAll(() => server.stop());
afterEach(() => jest.restoreAllMocks());

const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { email } }`;

/** Over HTTP, as the probe did: every request from the same address. */
async function login(email: string, password: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const body = (await response.json()) as any;
  return {
    code: body.errors?.[0]?.extensions?.code as string | undefined,
    retryAfter: body.errors?.[0]?.extensions?.retryAfterSeconds as number | undefined,
    cookie: response.headers.get('set-cookie'),
  };
}

/** Straight to the service, from an address of the test's choosing. */
const loginFrom = (ip: string, email: string, password: string) =>
  server.obmen.services.auth.login(email, password, { ip, userAgent: null });

async function newUser(email: string) {
  await server.obmen.services.access.createUser(
    { email, name: 'Тест', password: TEST_PASSWORD, roles: [UserRole.EDITOR] },
    systemActor('test'),
  );
}

const wrong = (i: number) => `wrong-password-${i}`;

/** Where the budget is what is tested, not argon2: a quick stand-in for the password check. */
const quickPasswordCheck = () =>
  jest.spyOn(argon2, 'verify').mockImplementation(async (_hash, password) => password === TEST_PASSWORD);

describe('sign-in throttling', () => {
  it('checks at most 5 passwords of 60 sent at once, and the right one among them gets no session', async () => {
    await newUser('rush@test.example');
    const verify = jest.spyOn(argon2, 'verify');
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login('rush@test.example', i === 29 ? TEST_PASSWORD : wrong(i))),
    );
    expect(verify.mock.calls.length).toBeLessThanOrEqual(LOGIN_MAX_FAILURES);
    expect(verify.mock.calls.map(([, password]) => password)).not.toContain(TEST_PASSWORD);
    expect(answers.filter((a) => a.code === 'UNAUTHENTICATED')).toHaveLength(verify.mock.calls.length);
    expect(answers.filter((a) => a.code === 'RATE_LIMITED')).toHaveLength(60 - verify.mock.calls.length);
    expect(answers.filter((a) => a.cookie)).toEqual([]);

    // The budget is spent: the right password is refused unchecked, with how long to wait.
    verify.mockClear();
    const after = await login('rush@test.example', TEST_PASSWORD);
    expect(after).toMatchObject({ code: 'RATE_LIMITED', cookie: null });
    expect(after.retryAfter).toBeGreaterThan(14 * 60);
    expect(after.retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(verify).not.toHaveBeenCalled();
  });

  it('gives an address 30 failures across accounts, then refuses it any account, even with the right password', async () => {
    const accounts = Array.from(
      { length: Math.ceil(LOGIN_MAX_FAILURES_PER_ADDRESS / LOGIN_MAX_FAILURES) + 1 },
      (_, i) => `spray${i}@test.example`,
    );
    quickPasswordCheck();
    // Unknown accounts cost a password check too; only the last one needs to exist.
    await newUser(accounts[accounts.length - 1]);
    const refused: string[] = [];
    for (const email of accounts)
      for (let i = 0; i < LOGIN_MAX_FAILURES; i += 1)
        await loginFrom('sprayer', email, wrong(i)).catch((e) => refused.push(e.extensions.code));
    const tries = accounts.length * LOGIN_MAX_FAILURES;
    expect(refused.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(LOGIN_MAX_FAILURES_PER_ADDRESS);
    expect(refused.filter((c) => c === 'RATE_LIMITED')).toHaveLength(tries - LOGIN_MAX_FAILURES_PER_ADDRESS);

    const fresh = accounts[accounts.length - 1];
    await expect(loginFrom('sprayer', fresh, TEST_PASSWORD)).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
    });
    // Another address is unaffected.
    expect((await loginFrom('colleague', fresh, TEST_PASSWORD)).user.email).toBe(fresh);
  });

  it('gives an account its tries back after a right password, which spends none of the address budget', async () => {
    quickPasswordCheck();
    await newUser('typo@test.example');
    // 4 typos and a success, 7 times: 35 attempts, 28 of them failures, all within budget.
    const rounds = Math.floor(LOGIN_MAX_FAILURES_PER_ADDRESS / (LOGIN_MAX_FAILURES - 1));
    expect(rounds * LOGIN_MAX_FAILURES).toBeGreaterThan(LOGIN_MAX_FAILURES_PER_ADDRESS);
    for (let round = 0; round < rounds; round += 1) {
      for (let i = 0; i < LOGIN_MAX_FAILURES - 1; i += 1)
        await expect(loginFrom('office', 'typo@test.example', wrong(i))).rejects.toMatchObject({
          extensions: { code: 'UNAUTHENTICATED' },
        });
      expect((await loginFrom('office', 'typo@test.example', TEST_PASSWORD)).user.email).toBe(
        'typo@test.example',
      );
    }
  });

  it('forgets windows that ended', async () => {
    const ds = server.obmen.database.dataSource;
    await ds.query(
      "INSERT INTO login_attempt (key, count, window_ends_at) VALUES ('ended', 5, now() - interval '1 minute')",
    );
    await newUser('later@test.example');
    // A server that has not pruned yet does it on its first sign-in.
    await new AuthService(ds).login('later@test.example', TEST_PASSWORD, { ip: 'later', userAgent: null });
    expect(await ds.query("SELECT key FROM login_attempt WHERE key = 'ended'")).toEqual([]);
  });
});
