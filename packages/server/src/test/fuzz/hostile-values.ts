import type { Random } from '../../common/random';
import {
  getNullableType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { LIMITS } from '../../app/hardening';
import { encodeCursor } from '../../common/pagination/cursor';

/**
 * Seeded, mostly wrong values for the fuzz test (app/fuzz.spec.ts): hostile strings, garbage
 * JSON, forged cursors, and a value for any input type of the schema.
 */
export const QUERIES = [
  'practices',
  'projects',
  'organizations',
  'partnerNetworks',
  'volunteerProgrammes',
  'municipalities',
  'districts',
  'themes',
  'targetGroups',
  'practice',
  'project',
  'organization',
  'partnerNetwork',
  'volunteerProgramme',
  'nominationChallenge',
];

// NUL, lone surrogates, bidi overrides, zero-width and combining marks, SQL and LIKE specials.
// prettier-ignore
export const CHARS = [
  '\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\u202e', '\u2066', '\u200b', '\ufeff', '\u0301',
  "'", '"', '\\', '%', '_', '<', '&', ';', '\n', '\t', ' ', 'a', '0', 'ж', '😀', '\u{10ffff}',
];
// prettier-ignore
export const SNIPPETS = [
  "' OR '1'='1", "'; DROP TABLE practice; --", '1); SELECT pg_sleep(10); --', '%', '%_%', '\\', '$1',
  '::text', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
  '{{7*7}}', '${7*7}', '__proto__', 'constructor', '../../etc/passwd', 'null', 'NaN', '-infinity',
  '1e999999', '-0', '2020-02-30', '0000-00-00', '9999-12-31T23:59:59Z', '\u202eтекст',
  'Z\u0338\u0322a\u0334lgo', '👩‍👩‍👧‍👦', 'SOF', 'PDV', 'PDV26', '', ' ', 'x@y', 'a@b.c\u0000', 'маria@пример.бг',
];
export const INTS = [
  0,
  -1,
  1,
  2,
  20,
  100,
  101,
  2147483647,
  2147483648,
  -2147483649,
  1e20,
  1.5,
  -0,
  '10',
  true,
  null,
];
// prettier-ignore
export const FORGED_KEYS = [
  '1e999999', 'not-a-date', '', '2020-13-45', '-infinity', 'infinity', '99999999999999999999', '1.5',
  'NaN', "' OR 1=1", null, '2015-05-25 06:00:00+00', '2015-02-30', '24:00', 'a\u0000b', '\ud800', '1',
];
export const IDS = [
  '00000000-0000-4000-8000-000000000000',
  'not-a-uuid',
  '',
  '1',
  `${'f'.repeat(8)}-ffff-ffff-ffff-${'f'.repeat(13)}`,
];
/** Addresses that pass as e-mail, odd ones included: the rest of such an input is stored. */
export const EMAILS = [
  'maria@example.org',
  'Maria+obmen@Example.ORG',
  ' maria@example.org ',
  'x@y.bg',
  'a.b-c_d@sub.example.com',
];
export const TOKENS = '{ } ( ) [ ] : $ ... @ ! = | & query mutation practices fragment on'.split(' ');

/** Real values mixed in, so that many inputs get past the first check. */
export interface Known {
  ids: string[];
  strings: string[];
  cursors: string[];
  practiceId: string;
}

export function hostileString(r: Random, known: Known): string {
  switch (r.below(6)) {
    case 0:
      return r.pick(SNIPPETS);
    case 1:
      return Array.from({ length: 1 + r.below(20) }, () => r.pick(CHARS)).join('');
    case 2:
      return `${r.pick(known.strings)}${r.pick(CHARS)}${r.pick(SNIPPETS)}`;
    case 3:
      // Now and then past the body limit: PAYLOAD_TOO_LARGE.
      return r
        .pick(CHARS)
        .repeat(r.chance(0.002) ? LIMITS.bodyBytes : 1 + r.below(r.chance(0.1) ? 5000 : 300));
    default:
      return r.pick(known.strings);
  }
}

/** Any JSON at all: the wrong type for whatever it is sent as, nested a little or very deep. */
export function garbage(r: Random, known: Known, depth = 0): unknown {
  switch (depth > 2 ? r.below(4) : r.below(7)) {
    case 0:
      return hostileString(r, known);
    case 1:
      return r.pick(INTS);
    case 2:
      return r.pick([true, false, null, {}, []]);
    case 3:
      return r.pick(known.ids);
    case 4:
      return Array.from({ length: r.below(4) }, () => garbage(r, known, depth + 1));
    case 5:
      return Object.fromEntries(
        Array.from({ length: r.below(4) }, () => [hostileString(r, known), garbage(r, known, depth + 1)]),
      );
    default: {
      let deep: unknown = garbage(r, known, 3);
      for (let level = r.below(r.chance(0.2) ? 1000 : 30); level > 0; level -= 1)
        deep = r.chance(0.5) ? [deep] : { a: deep };
      return deep;
    }
  }
}

/** Real cursors, forged ones with keys no list has, broken base64, and mere text. */
export function cursor(r: Random, known: Known): unknown {
  switch (r.below(6)) {
    case 0:
      return r.pick(known.cursors);
    case 1:
      return encodeCursor({ key: r.pick(FORGED_KEYS), id: r.pick([...IDS, ...known.ids]) });
    case 2:
      return Buffer.from(hostileString(r, known)).toString(r.chance(0.5) ? 'base64url' : 'base64');
    case 3: {
      const real = r.pick(known.cursors);
      const at = r.below(real.length);
      return `${real.slice(0, at)}${r.pick(['A', '_', '-', '=', '/'])}${real.slice(at + 1)}`;
    }
    case 4:
      return Buffer.from(JSON.stringify(garbage(r, known)) ?? '').toString('base64url');
    default:
      return hostileString(r, known);
  }
}

/** A value for an argument or input field of this type: often wrong, in many ways. */
export function valueFor(type: GraphQLInputType, name: string, r: Random, known: Known, depth = 0): unknown {
  if (r.chance(0.06)) return garbage(r, known);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = () => valueFor(nullable.ofType, name, r, known, depth + 1);
    if (r.chance(0.1)) return item();
    // Long lists repeat one value: past graphql-js' 50 errors, past ArrayMaxSize.
    if (r.chance(0.05))
      return new Array(r.pick([60, 1000])).fill(r.chance(0.5) ? r.pick(known.strings) : r.pick(INTS));
    return Array.from({ length: r.pick([0, 1, 1, 2, 3, 5]) }, item);
  }
  if (isEnumType(nullable))
    return r.chance(0.7)
      ? r.pick(nullable.getValues()).name
      : r.pick(['', 'draft', 'DROP', 5, 'BG\u0000', null]);
  if (isInputObjectType(nullable)) {
    if (depth > 3) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields()))
      if (r.chance(isNonNullType(field.type) ? 0.95 : 0.4))
        value[field.name] = valueFor(field.type, field.name, r, known, depth + 1);
    if (r.chance(0.05)) value[hostileString(r, known)] = garbage(r, known);
    return value;
  }
  if (name === 'after' || name === 'before') return cursor(r, known);
  switch (nullable.name) {
    case 'Int':
      return r.pick(INTS);
    case 'Boolean':
      return r.pick([true, false, 'true', 0]);
    case 'ID':
      return r.chance(0.6) ? r.pick([...IDS, ...known.ids]) : hostileString(r, known);
    case 'LocalDate':
      return r.chance(0.5)
        ? r.pick(['2020-01-01', '2020-02-30', '0000-01-01', '99999-01-01'])
        : garbage(r, known);
    default:
      return r.chance(0.8) ? hostileString(r, known) : garbage(r, known);
  }
}

export const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The same value written into the query text instead of a variable. */
export function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = isListType(nullable) ? nullable.ofType : nullable;
    return `[${value.map((v) => literal(v, item)).join(' ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value).filter(([key]) => NAME.test(key));
    return `{${entries.map(([key, v]) => `${key}: ${literal(v, fields[key]?.type ?? nullable)}`).join(' ')}}`;
  }
  if (typeof value === 'string' && isEnumType(nullable) && NAME.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value);
}
