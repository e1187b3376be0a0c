import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ErrorCode } from './error-codes';

/**
 * Any string or number is accepted here and checked by the input's validator, which names
 * the field and knows the allowed precision (e.g. money: at most two decimals).
 */
function parseDecimal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value.trim();
  throw new GraphQLError('Decimal must be a string such as "199994.17"', {
    extensions: { code: ErrorCode.BAD_USER_INPUT },
  });
}

/** Exact decimals travel as strings so no client ever rounds them through a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number, serialized as a string (e.g. "199994.17").',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return parseDecimal(ast.value);
    }
    throw new GraphQLError('Decimal must be a string', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  },
});

/** Half of a surrogate pair: no Unicode character, with no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether PostgreSQL can take this text as it is: it refuses U+0000 in text and jsonb
 * (SQLSTATE 22021, 22P05), and the driver would store U+FFFD for a lone surrogate.
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/**
 * graphql-scalars' LocalDate, without the year 0000 it lets through: PostgreSQL has no year 0
 * ("1 BC" comes before "AD 1") and would refuse the statement, so it is a client error here.
 */
function noYearZero(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('0000'))
    throw new GraphQLError('LocalDate cannot represent year 0000', {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  return value;
}

export const LocalDateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  parseValue: (value) => noYearZero(GraphQLLocalDate.parseValue(value)),
  parseLiteral: (ast, variables) => noYearZero(GraphQLLocalDate.parseLiteral(ast, variables)),
});
