import { systemActor, UserRole } from '../../common/principal';
import { startModuleServer, TEST_PASSWORD, testUser, type TestServer } from '../../test/harness';
import { codes, fieldErrors } from '../../test/expect';
import { InvitationService } from './invitation.service';
import { AccountMailer, accountMailSettings } from './mailer';
import { startTestSmtpServer } from './test-smtp-server';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([]);
});
afterAll(() => server.stop());

const NEW_PASSWORD = 'a-new-password-of-mine';
const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { link emailed user { id email roles active } } }`;
const SET_PASSWORD = `mutation ($token: String!, $password: String!) { setPassword(input: { token: $token, password: $password }) { email lastSignInAt } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;

/** One operation over HTTP with the given headers; the session cookie it set, if any. */
async function post(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.get('set-cookie');
  return {
    body: (await response.json()) as any,
    session: setCookie?.startsWith('obmen_session=') ? { cookie: setCookie.split(';')[0] } : null,
  };
}

const tokenOf = (link: string) => /#token=([\w-]+)$/.exec(link)![1];
const me = async (session: Record<string, string>) =>
  (await post('{ me { email language } }', {}, session)).body.data.me;
const invite = (email: string, roles = ['EDITOR']) =>
  server.ok(INVITE, { input: { email, name: 'Поканен', roles } }).then((d) => d.inviteUser);

describe('invitations and one-time links', () => {
  it('invites an editor: the link, used once, sets the password and signs them in', async () => {
    const { link, emailed, user } = await invite('invited@test.example');
    expect(emailed).toBe(false);
    expect(user).toMatchObject({ email: 'invited@test.example', roles: ['EDITOR'], active: true });
    expect(link).toMatch(new RegExp(`^${server.url.replace(/\./g, '\\.')}/set-password#token=[\\w-]{43}$`));
    // Only the token's hash is stored.
    const rows = await server.obmen.database.dataSource.query('SELECT token_hash FROM account_token');
    expect(JSON.stringify(rows)).not.toContain(tokenOf(link));

    const first = await post(SET_PASSWORD, { token: tokenOf(link), password: NEW_PASSWORD });
    expect(first.body.data.setPassword.email).toBe('invited@test.example');
    expect(first.body.data.setPassword.lastSignInAt).toEqual(expect.any(String));
    expect(await me(first.session!)).toMatchObject({ email: 'invited@test.example' });
    expect(
      (await post(LOGIN, { email: 'invited@test.example', password: NEW_PASSWORD })).session,
    ).not.toBeNull();

    const again = await post(SET_PASSWORD, { token: tokenOf(link), password: 'another-password-x' });
    expect(fieldErrors(again.body)).toEqual([
      expect.objectContaining({ field: 'token', reason: 'invalidToken' }),
    ]);
    expect(again.session).toBeNull();
  });

  it('refuses an unknown or expired link, and a short password, with BAD_USER_INPUT', async () => {
    const { link } = await invite('late@test.example');
    const short = await post(SET_PASSWORD, { token: tokenOf(link), password: 'short' });
    expect(fieldErrors(short.body)).toEqual([
      expect.objectContaining({ field: 'password', reason: 'minLength' }),
    ]);
    await server.obmen.database.dataSource.query(
      "UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM \"user\" WHERE email = 'late@test.example')",
    );
    for (const token of [tokenOf(link), 'x'.repeat(43)]) {
      const answer = await post(SET_PASSWORD, { token, password: NEW_PASSWORD });
      expect(codes(answer.body)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(answer.body)[0].reason).toBe('invalidToken');
    }
  });

  it("an admin's reset ends the user's sessions and password; its link sets a new one", async () => {
    const { link: invitation, user } = await invite('reset@test.example');
    const signedIn = (await post(SET_PASSWORD, { token: tokenOf(invitation), password: NEW_PASSWORD }))
      .session!;
    const reset = await server.ok(`mutation { resetUserPassword(id: "${user.id}") { link emailed } }`);
    expect(reset.resetUserPassword.emailed).toBe(false);
    expect(await me(signedIn)).toBeNull();
    expect(codes((await post(LOGIN, { email: 'reset@test.example', password: NEW_PASSWORD })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    const chosen = await post(SET_PASSWORD, {
      token: tokenOf(reset.resetUserPassword.link),
      password: 'chosen-after-reset',
    });
    expect(await me(chosen.session!)).toMatchObject({ email: 'reset@test.example' });
  });

  it('keeps users, invitations and resets to admins', async () => {
    const moderator = await server.as(UserRole.MODERATOR);
    expect(codes(await moderator.gql('{ users { id } }'))).toEqual(['FORBIDDEN']);
    expect(
      codes(await moderator.gql(INVITE, { input: { email: 'm@test.example', name: 'М', roles: ['ADMIN'] } })),
    ).toEqual(['FORBIDDEN']);
    const anyone = (await server.ok('{ users { id } }')).users[0].id;
    expect(codes(await moderator.gql(`mutation { resetUserPassword(id: "${anyone}") { emailed } }`))).toEqual(
      ['FORBIDDEN'],
    );
  });
});

/** The message's text, whatever transfer encoding nodemailer chose. */
function bodyOf(raw: string): string {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  if (/content-transfer-encoding: base64/i.test(head)) return Buffer.from(body, 'base64').toString('utf8');
  const qp = body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(qp, 'latin1').toString('utf8');
}

describe('with SMTP_URL', () => {
  const admin = systemActor('test');
  const service = (smtpUrl: string) => {
    const settings = accountMailSettings({
      SMTP_URL: smtpUrl,
      OBMEN_PUBLIC_URL: 'https://obmen.example.bg/',
    });
    const { services, database } = server.obmen;
    return new InvitationService(
      database.dataSource,
      services.auth,
      services.audit,
      settings,
      AccountMailer.forSettings(settings),
    );
  };

  it('e-mails the link in Bulgarian and English and does not answer it', async () => {
    const smtp = await startTestSmtpServer();
    try {
      const result = await service(smtp.url).inviteUser(
        { email: 'mailed@test.example', name: 'Мария', roles: [UserRole.EDITOR] },
        admin,
        'http://ignored.example',
      );
      expect(result).toMatchObject({ link: null, emailed: true });
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0].to.join()).toContain('mailed@test.example');
      const text = bodyOf(smtp.mails[0].data);
      expect(text).toContain('Здравейте, Мария');
      expect(text).toContain('Hello Мария');
      const link = /https:\/\/obmen\.example\.bg\/set-password#token=[\w-]+/.exec(text)![0];
      const used = await post(SET_PASSWORD, { token: tokenOf(link), password: NEW_PASSWORD });
      expect(used.body.data.setPassword.email).toBe('mailed@test.example');
    } finally {
      await smtp.stop();
    }
  });

  it('creates nobody when the mail server cannot be reached', async () => {
    const smtp = await startTestSmtpServer();
    await smtp.stop();
    await expect(
      service(smtp.url).inviteUser(
        { email: 'unsent@test.example', name: 'Н', roles: [UserRole.EDITOR] },
        admin,
        '',
      ),
    ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(
      await server.obmen.database.dataSource.query(
        `SELECT id FROM "user" WHERE email = 'unsent@test.example'`,
      ),
    ).toEqual([]);
  });
});

describe('my account', () => {
  it('changes my password after the current one and ends my other sessions only', async () => {
    const { email } = testUser(UserRole.EDITOR);
    await server.headersFor(UserRole.EDITOR); // the editor exists
    const here = (await post(LOGIN, { email, password: TEST_PASSWORD })).session!;
    const elsewhere = (await post(LOGIN, { email, password: TEST_PASSWORD })).session!;
    const CHANGE = `mutation ($c: String!, $n: String!) { changeMyPassword(input: { currentPassword: $c, newPassword: $n }) { email } }`;

    const wrong = await post(CHANGE, { c: 'not-my-password', n: NEW_PASSWORD }, here);
    expect(fieldErrors(wrong.body)).toEqual([
      expect.objectContaining({ field: 'currentPassword', reason: 'wrongPassword' }),
    ]);
    expect(await me(elsewhere)).not.toBeNull();

    expect(
      (await post(CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD }, here)).body.data.changeMyPassword.email,
    ).toBe(email);
    expect(await me(here)).toMatchObject({ email });
    expect(await me(elsewhere)).toBeNull();
    const sessions = (await post('{ sessions { current revokedAt } }', {}, here)).body.data.sessions;
    expect(sessions.filter((s: any) => s.current)).toEqual([{ current: true, revokedAt: null }]);
    expect((await post(LOGIN, { email, password: NEW_PASSWORD })).session).not.toBeNull();
    expect(codes((await post(CHANGE, { c: NEW_PASSWORD, n: NEW_PASSWORD })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('keeps my language', async () => {
    const moderator = await server.as(UserRole.MODERATOR);
    expect((await moderator.ok('{ me { language } }')).me.language).toBeNull();
    await moderator.ok('mutation { updateMyAccount(input: { language: EN }) { id } }');
    expect((await moderator.ok('{ me { language } }')).me.language).toBe('EN');
    expect(
      codes(await moderator.gql('mutation { updateMyAccount(input: { language: de }) { id } }')),
    ).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
