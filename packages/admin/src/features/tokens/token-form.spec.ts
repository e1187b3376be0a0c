import {
  createTokenInput,
  emptyTokenForm,
  normalizeOrigin,
  parseOrigins,
  sofiaToday,
  sortTokens,
  tokenFormPath,
  tokenScope,
  tokenState,
  validateTokenForm,
} from './token-form';

describe('origins', () => {
  it('accept http(s) origins, forgiving a trailing slash and case', () => {
    expect(normalizeOrigin('https://rodopi.bg')).toBe('https://rodopi.bg');
    expect(normalizeOrigin(' HTTPS://Rodopi.BG/ ')).toBe('https://rodopi.bg');
    expect(normalizeOrigin('http://localhost:3000')).toBe('http://localhost:3000');
    expect(normalizeOrigin('https://obshtina.bg:443')).toBe('https://obshtina.bg');
  });

  it('refuse paths, queries, credentials and other schemes', () => {
    for (const bad of [
      'rodopi.bg',
      'https://rodopi.bg/news',
      'https://rodopi.bg?x=1',
      'https://a:b@rodopi.bg',
      'ftp://rodopi.bg',
      'https://',
      'https://rodopi.bg/#top',
    ]) {
      expect([bad, normalizeOrigin(bad)]).toEqual([bad, null]);
    }
  });

  it('split a text box by lines, commas or spaces, without duplicates', () => {
    expect(parseOrigins('https://a.bg\nhttps://b.bg, https://a.bg/  nope\n\n')).toEqual({
      origins: ['https://a.bg', 'https://b.bg'],
      invalid: ['nope'],
    });
    expect(parseOrigins('   ')).toEqual({ origins: [], invalid: [] });
  });
});

describe('token form', () => {
  const today = '2025-06-10';
  it('needs a name and an owner', () => {
    expect(validateTokenForm(emptyTokenForm(), today)).toEqual({
      name: 'tokens.form.nameRequired',
      ownerId: 'tokens.form.ownerRequired',
    });
    expect(validateTokenForm({ ...emptyTokenForm(), name: 'x'.repeat(201), ownerId: 'o1' }, today)).toEqual({
      name: 'tokens.form.nameTooLong',
    });
  });

  it('refuses a past expiry and bad origins', () => {
    const values = {
      ...emptyTokenForm(),
      name: 'Сайт',
      ownerId: 'o1',
      expiresOn: '2025-06-09',
      origins: 'rodopi.bg',
    };
    expect(validateTokenForm(values, today)).toEqual({
      expiresOn: 'tokens.form.expiryPast',
      origins: 'tokens.form.originsInvalid',
    });
    expect(validateTokenForm({ ...values, expiresOn: today, origins: '' }, today)).toEqual({});
    const many = Array.from({ length: 21 }, (_, i) => `https://s${i}.bg`).join('\n');
    expect(validateTokenForm({ ...values, expiresOn: null, origins: many }, today)).toEqual({
      origins: 'tokens.form.originsTooMany',
    });
  });

  it('builds the input for an organization or a network, valid through the expiry day', () => {
    const values = {
      ...emptyTokenForm(),
      name: ' Сайт на Община Родопи ',
      ownerId: 'o1',
      expiresOn: '2025-12-31',
      origins: 'https://rodopi.bg/',
    };
    expect(createTokenInput(values)).toEqual({
      name: 'Сайт на Община Родопи',
      organizationId: 'o1',
      expiresAt: '2025-12-31T22:00:00.000Z',
      allowedOrigins: ['https://rodopi.bg'],
      scope: 'ALL_PUBLISHED',
      quotaPerMinute: null,
      quotaPerDay: null,
    });
    // The server refuses both ids at once: the other one is not sent at all, not even as null.
    expect(createTokenInput(values)).not.toHaveProperty('networkId');
    const forNetwork = createTokenInput({
      ...values,
      ownerKind: 'network',
      ownerId: 'n1',
      expiresOn: null,
      origins: '',
    });
    expect(forNetwork).not.toHaveProperty('organizationId');
    expect(forNetwork).toEqual({
      name: 'Сайт на Община Родопи',
      networkId: 'n1',
      expiresAt: null,
      allowedOrigins: [],
      scope: 'ALL_PUBLISHED',
      quotaPerMinute: null,
      quotaPerDay: null,
    });
  });

  it('sends the read scope and the quotas, empty quotas as the server default', () => {
    const values = { ...emptyTokenForm(), name: 'Сайт', ownerId: 'o1', scope: 'OWN' as const };
    expect(createTokenInput({ ...values, quotaPerMinute: 60, quotaPerDay: '5000' })).toMatchObject({
      scope: 'OWN',
      quotaPerMinute: 60,
      quotaPerDay: 5000,
    });
    expect(validateTokenForm({ ...values, quotaPerMinute: 60, quotaPerDay: '' }, today)).toEqual({});
    expect(validateTokenForm({ ...values, quotaPerMinute: 0, quotaPerDay: 2.5 }, today)).toEqual({
      quotaPerMinute: 'tokens.form.quotaInvalid',
      quotaPerDay: 'tokens.form.quotaInvalid',
    });
    expect(tokenFormPath('input.quotaPerDay')).toBe('quotaPerDay');
  });

  it('puts server field errors on their fields', () => {
    expect(tokenFormPath('input.name')).toBe('name');
    expect(tokenFormPath('organizationId')).toBe('ownerId');
    expect(tokenFormPath('input.networkId')).toBe('ownerId');
    expect(tokenFormPath('input.allowedOrigins[2]')).toBe('origins');
    expect(tokenFormPath('input.expiresAt')).toBe('expiresOn');
    expect(tokenFormPath('input.other')).toBeNull();
  });
});

describe('token scope', () => {
  it('names the organization or the network the token is issued to', () => {
    expect(tokenScope({ organization: { name: 'Община Родопи' }, network: null })).toEqual({
      kind: 'organization',
      name: 'Община Родопи',
    });
    expect(tokenScope({ organization: null, network: { name: 'Мрежа за деца' } })).toEqual({
      kind: 'network',
      name: 'Мрежа за деца',
    });
  });

  it('is unknown when the party can no longer be read, rather than guessed', () => {
    expect(tokenScope({ organization: null, network: null })).toBeNull();
  });
});

describe('token state', () => {
  const now = new Date('2025-06-10T12:00:00Z');
  it('is revoked, expired or active', () => {
    expect(tokenState({ revokedAt: '2025-01-01T00:00:00Z', expiresAt: null }, now)).toBe('revoked');
    expect(tokenState({ expiresAt: '2025-06-10T11:59:59Z' }, now)).toBe('expired');
    expect(tokenState({ expiresAt: '2025-06-11T00:00:00Z' }, now)).toBe('active');
    expect(tokenState({}, now)).toBe('active');
  });

  it('sorts active first, newest first', () => {
    const tokens = [
      { id: 'old', createdAt: '2025-01-01T00:00:00Z' },
      { id: 'revoked', createdAt: '2025-05-01T00:00:00Z', revokedAt: '2025-05-02T00:00:00Z' },
      { id: 'new', createdAt: '2025-03-01T00:00:00Z' },
      { id: 'expired', createdAt: '2025-04-01T00:00:00Z', expiresAt: '2025-05-01T00:00:00Z' },
    ];
    expect(sortTokens(tokens, now).map((t) => t.id)).toEqual(['new', 'old', 'expired', 'revoked']);
  });

  it('knows today in Sofia', () => {
    expect(sofiaToday(new Date('2025-06-09T21:30:00Z'))).toBe('2025-06-10');
    expect(sofiaToday(new Date('2025-01-09T21:30:00Z'))).toBe('2025-01-09');
  });
});
