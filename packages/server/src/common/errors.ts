import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** Values a client may put into its own wording of a reason (`{{max}}`): plain, never objects. */
export type ReasonArgs = Record<string, string | number>;

/**
 * One refused field. `message` is English, for people reading the API; `reason` (a
 * class-validator constraint name such as `maxLength`, or one of the names below) and `args`
 * are for clients that word the error in their own language.
 */
export interface FieldError {
  field: string;
  message: string;
  reason?: string;
  args?: ReasonArgs;
}

/** Reasons of the checks written by hand (class-validator's own are its constraint names). */
export const Reason = {
  /** Required, and empty. */
  isNotEmpty: 'isNotEmpty',
  /** A text's Bulgarian version is empty (named by the decorator on `LocalizedTextInput.bg`). */
  bgRequired: 'bgRequired',
  isEmail: 'isEmail',
  minLength: 'minLength',
  /** An end before its start; `args.from`, when given, names the field it is compared with. */
  periodOrder: 'periodOrder',
  /** An id (or slug) that matches no record; `args.id`. */
  unknownReference: 'unknownReference',
  /** A unique value someone else already uses; `args.value` when known. */
  taken: 'taken',
  /** The same item twice in one list; `args.id` names it. */
  duplicate: 'duplicate',
  /** Malformed or out of range, with nothing more specific to say. */
  invalid: 'invalid',
  eitherNowOrScheduled: 'eitherNowOrScheduled',
  /** Two arguments that cannot be given together: `args.other` names the other one. */
  mutuallyExclusive: 'mutuallyExclusive',
  /** Exactly one of some arguments is needed: `args.fields` lists them. */
  exactlyOne: 'exactlyOne',
  invalidCursor: 'invalidCursor',
  oneLocale: 'oneLocale',
  inTrash: 'inTrash',
  notInTrash: 'notInTrash',
  stillReferenced: 'stillReferenced',
  differentRecords: 'differentRecords',
  /** Blocking the sender needs a particular decision: `args.decision`. */
  blockNeedsDecision: 'blockNeedsDecision',
  /** The anti-spam proof of work is missing, wrong, expired or already used. */
  altcha: 'altcha',
  altchaReused: 'altchaReused',
  /** An uploaded file of a type not accepted, judged by its content: `args.accepted` lists the types. */
  fileType: 'fileType',
  /** More of something than a record may have: `args.max`. */
  tooMany: 'tooMany',
  /** `orderBy: RELEVANCE` on a list without `filter.search`. */
  relevanceNeedsSearch: 'relevanceNeedsSearch',
  /** An admin taking the ADMIN role from their own account. */
  ownAdminRole: 'ownAdminRole',
  /** A change that would leave no active account with the ADMIN role. */
  lastAdmin: 'lastAdmin',
} as const;
export type Reason = (typeof Reason)[keyof typeof Reason];

export function badInput(fields: FieldError[], message = 'Invalid input'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, fields } });
}

export function fieldError(field: string, message: string, reason?: Reason, args?: ReasonArgs): GraphQLError {
  return badInput([{ field, message, ...(reason && { reason }), ...(args && { args }) }], message);
}

/** `field` names a record that does not exist: `Unknown programme 3f…`. */
export function unknownReference(field: string, type: string, id: string): FieldError {
  return { field, message: `Unknown ${type} ${id}`, reason: Reason.unknownReference, args: { id } };
}

export function notFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`${type} ${id} not found`, {
    extensions: { code: ErrorCode.NOT_FOUND, type, id },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}

export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds } });
}
