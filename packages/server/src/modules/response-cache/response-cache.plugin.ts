import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { createHash } from 'node:crypto';
import { type FragmentDefinitionNode, Kind, printSchema } from 'graphql';
import type { RequestContext } from '../../common/context';
import { metrics } from '../../common/metrics';
import { answerTags } from './response-tags';
import type { ResponseCacheService } from './response-cache.service';

const lookups = metrics.counter('obmen_response_cache_total', 'Response cache lookups by result', ['result']);

/** Says whether an answer came from the cache, for partners and tests. */
export const CACHE_HEADER = 'x-obmen-cache';

/**
 * Who may share an answer: the public with the public, a partner token with itself (its scope
 * may differ from another's). Signed-in users are never served from the cache.
 */
function askerKey(context: RequestContext): string | null {
  const { principal } = context;
  if (principal.kind === 'public') return 'public';
  if (principal.kind === 'partner') return `partner:${principal.tokenId}`;
  return null;
}

/**
 * Serves repeated GET reads (the cacheable, persisted kind) from the response cache and keeps
 * the answers of misses with the records they show. POST reads always run: they are not the
 * shape a CDN or a partner's cache repeats, and the read path's own speed is measured on them.
 */
export function responseCachePlugin(cache: ResponseCacheService): ApolloServerPlugin<RequestContext> {
  let schemaHash = '';
  return {
    async serverWillStart({ schema }) {
      // A new deploy with another schema never serves the old one's answers.
      schemaHash = createHash('sha256').update(printSchema(schema)).digest('hex');
    },
    async requestDidStart() {
      let pending: { key: string; epoch: string } | null = null;
      return {
        async responseForOperation(request: GraphQLRequestContext<RequestContext>) {
          if (request.request.http?.method !== 'GET' || request.operation?.operation !== 'query') return null;
          const asker = askerKey(request.contextValue);
          if (!asker) return null;
          const key = createHash('sha256')
            .update(
              JSON.stringify([
                schemaHash,
                asker,
                request.queryHash,
                request.operationName ?? null,
                request.request.variables ?? {},
              ]),
            )
            .digest('hex');
          const found = await cache.lookup(key);
          if (!found) return null;
          lookups.inc({ result: found.data === null ? 'miss' : 'hit' });
          if (found.data === null) {
            pending = { key, epoch: found.epoch };
            request.response.http.headers.set(CACHE_HEADER, 'MISS');
            return null;
          }
          request.response.http.headers.set(CACHE_HEADER, 'HIT');
          return {
            http: request.response.http,
            body: {
              kind: 'single',
              singleResult: { data: found.data },
            },
          };
        },
        async willSendResponse({ response, operation, document, schema }) {
          if (!pending || !operation || !document || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const tags = answerTags(schema, operation, fragments, data);
          if (!tags) return;
          const { key, epoch } = pending;
          // After the answer is on its way: keeping it is the next reader's gain, not this one's wait.
          void cache.store(key, data, tags, epoch);
        },
      };
    },
  };
}
