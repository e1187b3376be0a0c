import { AsyncLocalStorage } from 'node:async_hooks';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cspNonceOf } from './csp-nonce';
import { ErrorCode } from '../common/error-codes';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/connection';
import type { Logger } from './logger';
import { responseStatusPlugin } from './response-status';
import { textGuardPlugin } from './text-guard';

/**
 * Limits on what one GraphQL request may ask for, set from the ~380 distinct operations the test
 * suite sends and the README's partner queries (see README "Hardening" and
 * hardening.limits.spec.ts): the deepest is 6, the most aliases 10, no directives, at most 223
 * tokens (codegen's introspection query: 184), and the dearest read (the batching practices
 * list at 100 a page) costs 8,803.
 */
export const LIMITS = {
  /**
   * Field nesting, fragments flattened: a list's edges/node, then four levels of relations and
   * their fields (practices → edges → node → projects → partners → organization → municipality
   * → code). Cycles such as Practice.projects.practices… are stopped early.
   */
  maxDepth: 8,
  /** Aliased fields in one operation (`__typename` aliases are free). */
  maxAliases: 15,
  /** `@include`/`@skip` and the like in one operation. */
  maxDirectives: 10,
  /** Lexical tokens in the query text: about four times the longest operation we send. */
  maxTokens: 1000,
  /**
   * Estimated values resolved, see operationCost: 2.3 times the dearest read, so the two dearest
   * lists at 100 rows fit in one request and three do not.
   */
  maxCost: 20_000,
  /** Rows assumed for a list field without `first`/`last` (municipalities, partners, …). */
  listSize: 10,
  /** express.json body limit. */
  bodyBytes: 1024 * 1024,
} as const;

/**
 * The estimated number of values an operation resolves: every field counts 1, and a field's
 * selection counts once per row it returns. Rows are `first`/`last` when given (a variable
 * counts as the largest page, since validation runs before variables are known and an attacker
 * picks the worst value), else the argument's default, the default page for a connection's
 * `edges`, and LIMITS.listSize for any other list. Fragments count wherever they are spread.
 * Introspection is free here: graphql-js' MaxIntrospectionDepthRule already stops the recursive
 * `__schema` queries that are dear.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
): number {
  // A fragment spread ten times in a fragment spread ten times… is costed once per page size,
  // or a 1,000-token document could keep the validator busy for ever.
  const fragmentCosts = new Map<string, number>();
  const selectionCost = (
    set: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    page: number | undefined,
    spreads: ReadonlySet<string>,
  ): number =>
    set.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + fieldCost(selection, type, page, spreads);
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        return sum + selectionCost(selection.selectionSet, on, page, spreads);
      }
      const name = selection.name.value;
      const definition = fragment(name);
      // A cycle is reported by NoFragmentCyclesRule; here it must only not loop.
      if (!definition || spreads.has(name)) return sum;
      const key = `${name}/${page}`;
      let cost = fragmentCosts.get(key);
      if (cost === undefined) {
        const on = schema.getType(definition.typeCondition.name.value);
        cost = selectionCost(definition.selectionSet, on, page, new Set([...spreads, name]));
        fragmentCosts.set(key, cost);
      }
      return sum + cost;
    }, 0);

  const fieldCost = (
    node: FieldNode,
    parent: GraphQLNamedType | undefined,
    page: number | undefined,
    spreads: ReadonlySet<string>,
  ): number => {
    if (node.name.value.startsWith('__')) return 0;
    const field =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    // Unknown fields are reported by FieldsOnCorrectTypeRule.
    if (!field) return 0;
    if (!node.selectionSet) return 1;
    const fallback = field.args.find((a) => a.name === 'first')?.defaultValue;
    const own = pageSize(node) ?? (typeof fallback === 'number' ? fallback : undefined);
    const rows = isListType(getNullableType(field.type)) ? (own ?? page ?? LIMITS.listSize) : 1;
    // A paged field that is not itself a list is a connection: its `edges` carry the page.
    const childPage = !isListType(getNullableType(field.type)) && field.args.some((a) => a.name === 'first');
    const children = selectionCost(
      node.selectionSet,
      getNamedType(field.type),
      childPage ? (own ?? DEFAULT_PAGE_SIZE) : undefined,
      spreads,
    );
    return 1 + rows * children;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root, undefined, new Set()) : 0;
}

/**
 * The rows `first`/`last` ask for. Never below 0: a negative page is refused only when its
 * resolver runs, and must not lower the cost of the rest of the operation meanwhile.
 */
function pageSize(node: FieldNode): number | undefined {
  const sizes = (node.arguments ?? []).flatMap((argument) => {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') return [];
    if (argument.value.kind === Kind.INT) return [Math.max(0, Number(argument.value.value))];
    return argument.value.kind === Kind.VARIABLE ? [MAX_PAGE_SIZE] : [];
  });
  return sizes.length ? Math.max(...sizes) : undefined;
}

/** graphql-armor prefixes every refusal with "Syntax Error: ", which it is not. */
const report = (context: ValidationContext | null, error: GraphQLError): void =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));

function costLimitRule(maxCost: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), operation, (name) => context.getFragment(name));
      if (cost > maxCost)
        context.reportError(
          new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}.`, { nodes: [operation] }),
        );
    },
  });
}

/**
 * Validation rules and parse options for ApolloServer. graphql-armor checks depth (fragments
 * flattened, so a spread adds no level and hides none), aliases and directives; its cost rule
 * multiplies only literal `first:` and ignores nested lists, and its token limit parses twice, so
 * cost is ours and tokens are graphql-js' own `maxTokens`. Its suggestion blocker runs for
 * everyone, so suggestions are handled per principal in introspection-plugin.ts.
 */
export function queryLimits(): { validationRules: ValidationRule[]; parseOptions: ParseOptions } {
  const rejection = { propagateOnRejection: false, onReject: [report] };
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...rejection },
    maxAliases: { n: LIMITS.maxAliases, ...rejection },
    maxDirectives: { n: LIMITS.maxDirectives, ...rejection },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: [...armor.validationRules, costLimitRule(LIMITS.maxCost)],
    parseOptions: { maxTokens: LIMITS.maxTokens },
  };
}

/**
 * Apollo plugins that keep hostile input a client error: text PostgreSQL cannot store is
 * refused before anything runs, and the HTTP status follows GraphQL over HTTP. After the
 * policy plugin, so an operation the asker may not use is refused as such first.
 */
export const hardeningPlugins = [textGuardPlugin, responseStatusPlugin];

/**
 * Security headers. The CSP suits a JSON API and the admin SPA that will be served from `/`:
 * only this origin's scripts, styles, images and connections, no plugins, no framing. Apollo's
 * development landing page (GET /graphql) brings its own nonce-based CSP in a meta tag and loads
 * its sandbox from Apollo's CDN, which a second, stricter header would block; it gets no header
 * CSP in development and does not exist in production.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const common = {
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  } as const;
  const directives = (styleSrc: (string | ((req: IncomingMessage, res: ServerResponse) => string))[]) => ({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc,
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(production ? { upgradeInsecureRequests: [] } : {}),
    },
  });
  const strict = helmet({
    ...common,
    // Nonce: Mantine's theme <style> tags in the admin SPA (see admin-static.ts).
    contentSecurityPolicy: directives(["'self'", (_req, res) => `'nonce-${cspNonceOf(res)}'`]),
  });
  // A GraphQL answer is JSON: no <style> to allow, so its headers never vary and are worked out
  // once (helmet rebuilt the policy, nonce and all, on every request of the partners' hot path).
  const api = recordedHeaders(helmet({ ...common, contentSecurityPolicy: directives(["'self'"]) }));
  const setApi: RequestHandler = (_req, res, next) => {
    for (const [name, value] of api) res.setHeader(name, value);
    next();
  };
  const landingPage = production ? null : helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) => {
    if (req.path !== '/graphql') return strict(req, res, next);
    // The development landing page (an HTML GET) runs Apollo's scripts under its own policy.
    if (landingPage && req.method === 'GET') return landingPage(req, res, next);
    setApi(req, res, next);
  };
}

/** The headers a middleware sets on a response, read once from a stand-in response. */
function recordedHeaders(middleware: RequestHandler): [string, string | number | readonly string[]][] {
  const headers = new Map<string, string | number | readonly string[]>();
  const stand = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  let called = false;
  middleware({} as Request, stand as unknown as Response, () => (called = true));
  if (!called) throw new Error('the security headers middleware did not finish synchronously');
  return [...headers];
}

/** The request id of the request being served, for errors formatted outside a Context. */
const requestScope = new AsyncLocalStorage<string>();

export function currentRequestId(): string | undefined {
  return requestScope.getStore();
}

/**
 * Makes the request id (request-log.ts) reachable from Apollo's formatError and sends it as
 * `x-request-id`. Mounted after the body parser: stream callbacks would lose the scope.
 */
export const requestIdScope: RequestHandler = (req, res, next) => {
  const id = String(req.id);
  res.setHeader('x-request-id', id);
  requestScope.run(id, next);
};

interface HttpError {
  status?: number;
  type?: string;
}

/**
 * Express' default error page is HTML with a stack trace (body too large, malformed JSON):
 * answer in the GraphQL error shape instead, with a code, a fixed message and the request id.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, type } = (error ?? {}) as HttpError;
    const [code, message, httpStatus] =
      type === 'entity.too.large'
        ? [
            ErrorCode.PAYLOAD_TOO_LARGE,
            `The request body is larger than ${LIMITS.bodyBytes / 1024 / 1024} MB`,
            413,
          ]
        : type === 'entity.parse.failed'
          ? [ErrorCode.BAD_REQUEST, 'The request body is not valid JSON', 400]
          : typeof status === 'number' && status >= 400 && status < 500
            ? [ErrorCode.BAD_REQUEST, 'The request could not be read', status]
            : [ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', 500];
    if (httpStatus === 500) logger.error({ err: error, reqId: req.id }, 'unexpected HTTP error');
    res.status(httpStatus).json({ errors: [{ message, extensions: { code, requestId: String(req.id) } }] });
  };
}
