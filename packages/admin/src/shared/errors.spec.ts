import bg from '../i18n/bg.json';
import en from '../i18n/en.json';
import { i18n } from '../i18n';
import {
  conflictVersion,
  errorCodes,
  errorMessageKey,
  fieldErrorLines,
  fieldPath,
  hasErrorCode,
  isChunkLoadError,
  isNetworkError,
  mapServerErrors,
  splitFieldErrors,
} from './errors';

/** What Apollo Client 4 throws for GraphQL errors: CombinedGraphQLErrors, with `.errors`. */
function combined(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return Object.assign(new Error(errors.map((e) => e.message).join('\n')), {
    name: 'CombinedGraphQLErrors',
    errors,
  });
}

const badInput = combined({
  message: 'title.bg: Bulgarian text is required; period.to: The period cannot end before it starts',
  extensions: {
    code: 'BAD_USER_INPUT',
    fields: [
      { field: 'title.bg', message: 'Bulgarian text is required' },
      { field: 'period.to', message: 'The period cannot end before it starts' },
      { field: 'municipalityCodes', message: 'Unknown municipality XXX01' },
      { field: 'municipalityCodes', message: 'Unknown municipality YYY02' },
    ],
  },
});

describe('mapServerErrors', () => {
  it('maps BAD_USER_INPUT field errors to form paths, joining several messages for one field', () => {
    expect(mapServerErrors(badInput)).toEqual({
      'title.bg': 'Bulgarian text is required',
      'period.to': 'The period cannot end before it starts',
      municipalityCodes: 'Unknown municipality XXX01; Unknown municipality YYY02',
    });
  });

  it('reads input paths and list indexes the same way', () => {
    expect(fieldPath('input.title.bg')).toBe('title.bg');
    expect(fieldPath('indicators[2].value')).toBe('indicators.2.value');
    const error = combined({
      message: 'x',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.summary.bg', message: 'required' }] },
    });
    expect(mapServerErrors(error)).toEqual({ 'summary.bg': 'required' });
  });

  it('finds errors in a non-2xx answer Apollo did not parse (ServerError.bodyText)', () => {
    const serverError = Object.assign(new Error('Response not successful'), {
      name: 'ServerError',
      statusCode: 400,
      bodyText: JSON.stringify({
        errors: [
          { message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'x', message: 'y' }] } },
        ],
      }),
    });
    expect(mapServerErrors(serverError)).toEqual({ x: 'y' });
  });

  it('is empty for other errors and for malformed fields', () => {
    expect(mapServerErrors(combined({ message: 'gone', extensions: { code: 'NOT_FOUND' } }))).toEqual({});
    expect(
      mapServerErrors(combined({ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: 'nope' } })),
    ).toEqual({});
    expect(
      mapServerErrors(
        combined({ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 1 }] } }),
      ),
    ).toEqual({});
    expect(mapServerErrors(new Error('plain'))).toEqual({});
    expect(mapServerErrors(null)).toEqual({});
    expect(mapServerErrors({ bodyText: '<html>' })).toEqual({});
  });

  it('splits errors the form can show from the rest', () => {
    expect(splitFieldErrors(mapServerErrors(badInput), (path) => path !== 'municipalityCodes')).toEqual({
      known: {
        'title.bg': 'Bulgarian text is required',
        'period.to': 'The period cannot end before it starts',
      },
      unknown: { municipalityCodes: 'Unknown municipality XXX01; Unknown municipality YYY02' },
    });
  });
});

describe('mapServerErrors in the interface language', () => {
  const refused = (...fields: Record<string, unknown>[]) =>
    combined({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT', fields } });
  const tooLong = refused({
    field: 'title.bg',
    message: 'bg must be shorter than or equal to 300 characters',
    reason: 'maxLength',
    args: { max: 300 },
  });

  beforeAll(async () => {
    await i18n.init({
      lng: 'bg',
      fallbackLng: 'bg',
      resources: { bg: { translation: bg }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
  });
  afterAll(() => i18n.changeLanguage('bg'));

  it('words a reason in Bulgarian by default and in English once the language changes', async () => {
    expect(mapServerErrors(tooLong)).toEqual({ 'title.bg': 'Най-много 300 знака' });
    await i18n.changeLanguage('en');
    expect(mapServerErrors(tooLong)).toEqual({ 'title.bg': 'At most 300 characters' });
    await i18n.changeLanguage('bg');
  });

  it('fills in the arguments, numbers in the language’s format, plural forms included', () => {
    const errors = refused(
      { field: 'input.summary.bg', message: 'x', reason: 'maxLength', args: { max: 100000 } },
      { field: 'name', message: 'name is required', reason: 'minLength', args: { min: 1 } },
      {
        field: 'programmeId',
        message: 'Unknown programme p1',
        reason: 'unknownReference',
        args: { id: 'p1' },
      },
      { field: 'period.to', message: 'The period cannot end before it starts', reason: 'periodOrder' },
    );
    expect(mapServerErrors(errors)).toEqual({
      'summary.bg': `Най-много ${(100000).toLocaleString('bg')} знака`,
      name: 'Задължително поле',
      programmeId: 'Няма такъв запис: p1',
      'period.to': 'Краят не може да е преди началото',
    });
  });

  it("keeps the server's English message for a reason it cannot word", () => {
    const errors = refused(
      { field: 'slug', message: 'Slug is odd', reason: 'somethingNew', args: { max: 3 } },
      { field: 'kind', message: 'kind is odd', reason: 'not a key.path' },
      { field: 'title.en', message: 'Too short' },
    );
    expect(mapServerErrors(errors)).toEqual({
      slug: 'Slug is odd',
      kind: 'kind is odd',
      'title.en': 'Too short',
    });
  });

  it('names a field shown away from its form as people read it, not by its GraphQL name', async () => {
    const taken = refused({
      field: 'slug',
      message: 'Slug x is taken',
      reason: 'taken',
      args: { value: 'x' },
    });
    expect(fieldErrorLines(taken)).toEqual(['Адрес в мрежата: Тази стойност вече се използва']);
    await i18n.changeLanguage('en');
    expect(fieldErrorLines(taken)).toEqual(['Web address (URL part): This value is already in use']);
    await i18n.changeLanguage('bg');
    // A field without a name of its own keeps the one it has.
    expect(fieldErrorLines(refused({ field: 'zzz', message: 'odd' }))).toEqual(['zzz: odd']);
  });

  it('takes another translate function', () => {
    const translate = (key: string, values: Record<string, unknown>) => `${key}:${String(values.max)}`;
    expect(mapServerErrors(tooLong, translate)).toEqual({ 'title.bg': 'validation.maxLength:300' });
  });
});

describe('error codes', () => {
  const conflict = combined({
    message: 'Practice 1 was changed by someone else (now version 4)',
    extensions: { code: 'CONFLICT', currentVersion: 4, current: {} },
  });

  it('reads codes and the version a conflict reports', () => {
    expect(errorCodes(conflict)).toEqual(['CONFLICT']);
    expect(hasErrorCode(conflict, 'CONFLICT')).toBe(true);
    expect(hasErrorCode(conflict, 'NOT_FOUND')).toBe(false);
    expect(conflictVersion(conflict)).toBe(4);
    expect(conflictVersion(combined({ message: 'x', extensions: { code: 'CONFLICT' } }))).toBeNull();
    expect(conflictVersion(badInput)).toBeNull();
  });

  it('tells network failures from GraphQL errors', () => {
    expect(isNetworkError(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkError(Object.assign(new Error('502'), { name: 'ServerError', statusCode: 502 }))).toBe(
      true,
    );
    expect(isNetworkError(conflict)).toBe(false);
    expect(isNetworkError('nope')).toBe(false);
  });

  it('picks the message key that explains an error', () => {
    expect(errorMessageKey(combined({ message: 'x', extensions: { code: 'FORBIDDEN' } }))).toBe(
      'errors.forbidden',
    );
    expect(errorMessageKey(combined({ message: 'x', extensions: { code: 'NOT_FOUND' } }))).toBe(
      'errors.notFound',
    );
    expect(errorMessageKey(combined({ message: 'x', extensions: { code: 'RATE_LIMITED' } }))).toBe(
      'errors.rateLimited',
    );
    expect(errorMessageKey(badInput)).toBe('errors.validation');
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toBe('errors.network');
    expect(errorMessageKey(combined({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBe(
      'errors.generic',
    );
  });

  it('recognises a chunk that failed to load', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))).toBe(
      true,
    );
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('boom'))).toBe(false);
  });
});
