import { unwrapResolverError } from '@apollo/server/errors';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode, PUBLIC_ERROR_CODES } from '../common/error-codes';
import { type FieldError, Reason, type ReasonArgs } from '../common/errors';
import { translateDbError } from '../common/transaction';
import { currentRequestId } from './hardening';
import type { Logger } from './logger';

/** The positional constraints of class-validator decorators, named as their messages name them. */
const ARG_NAMES: Record<string, readonly string[]> = {
  maxLength: ['max'],
  minLength: ['min'],
  length: ['min', 'max'],
  min: ['min'],
  max: ['max'],
  arrayMaxSize: ['max'],
  arrayMinSize: ['min'],
};

/**
 * What the decorator behind a failed constraint was given (`@MaxLength(300)` → `{ max: 300 }`),
 * read from class-validator's metadata for the validated class: the error itself keeps only
 * the English message.
 */
function constraintArgs(error: ValidationError, reason: string): ReasonArgs | undefined {
  const names = ARG_NAMES[reason];
  if (!names || !error.target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === reason);
  const args: ReasonArgs = {};
  names.forEach((name, index) => {
    const value: unknown = metadata?.constraints?.[index];
    if (typeof value === 'number' || typeof value === 'string') args[name] = value;
  });
  return Object.keys(args).length ? args : undefined;
}

/**
 * The failed constraint's name, unless its decorator names a more telling reason
 * (`@Matches(/\S/, { context: { reason: 'bgRequired' } })`): a pattern says nothing to a client.
 */
function reasonOf(error: ValidationError, constraint: string): string {
  const named: unknown = error.contexts?.[constraint]?.reason;
  return typeof named === 'string' ? named : constraint;
}

/** class-validator's errors as field errors, with the reason and arguments of each. */
export function flattenValidation(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): FieldError => {
      const args = constraintArgs(error, constraint);
      return { field, message, reason: reasonOf(error, constraint), ...(args && { args }) };
    });
    return [...own, ...flattenValidation(error.children ?? [], field)];
  });
}

/**
 * graphql-js reports a malformed variable as `Variable "$input" got invalid value … at
 * "input.budget.amount"; …`: name the field the same way validation errors do.
 */
function variableFields(message: string): FieldError[] {
  const match = /^Variable "\$\w+" got invalid value .*? at "[^".]+\.([^"]+)"; (.*)$/s.exec(message);
  return match ? [{ field: match[1], message: match[2], reason: Reason.invalid }] : [];
}

/** graphql-js stops after 50 bad variable values with an error of its own, which has no code. */
const VARIABLE_ERROR_LIMIT = /^Too many errors processing variables\b/;

/**
 * The code of a refusal by graphql-js or Apollo that comes without one: the variable error
 * limit, and Apollo's persisted-query checks ("Unsupported persisted query version",
 * "provided sha does not match query"), which carry only an HTTP 400.
 */
function uncodedRefusal(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return undefined;
  if (VARIABLE_ERROR_LIMIT.test(error.message)) return ErrorCode.BAD_USER_INPUT;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? ErrorCode.BAD_REQUEST : undefined;
}

/** A database constraint's generated name (FK_…, UQ_…): internal, however it reaches an error. */
const CONSTRAINT_NAME = /^(PK|FK|UQ|CHK|IDX|REL)_[0-9a-f]+$/;

/**
 * Every error also carries the request id (the log line's `reqId`) and never Apollo's `http`
 * hint. In production, database constraint names go too: a client cannot act on them.
 */
function finish(result: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  const { http: _http, stacktrace: _stack, ...extensions } = result.extensions ?? {};
  if (production) {
    delete extensions.constraint;
    if (Array.isArray(extensions.fields))
      extensions.fields = (extensions.fields as FieldError[]).map((f) =>
        CONSTRAINT_NAME.test(f.field) ? { ...f, field: 'input' } : f,
      );
  }
  return { ...result, extensions: { ...extensions, requestId: currentRequestId() } };
}

export function createErrorFormatter(logger: Logger, production = false) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = translateDbError(unwrapResolverError(error));
    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidation(original.extensions.validationErrors);
      return {
        message: fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input',
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    const code =
      uncodedRefusal(original) ??
      (original instanceof GraphQLError ? original.extensions.code : formatted.extensions?.code);
    if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.fields) {
      const fields = variableFields(formatted.message);
      if (fields.length) return { ...formatted, extensions: { ...formatted.extensions, code, fields } };
    }
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } =
        (original instanceof GraphQLError ? original.extensions : formatted.extensions) ?? {};
      return {
        message: original instanceof GraphQLError ? original.message : formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...extensions, code },
      };
    }
    // The log keeps the stack; the client learns only that it was not its fault.
    logger.error({ err: original, path: formatted.path, reqId: currentRequestId() }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    finish(format(formatted, error), production);
}
