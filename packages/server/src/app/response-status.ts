import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../common/error-codes';

/** Codes of a request refused for what it is, whoever sent it: a client's mistake. */
const BAD_REQUEST_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
]);

/**
 * The HTTP status GraphQL over HTTP asks for. Apollo takes it from any error's `http`
 * extension, so one field's FORBIDDEN made the whole answer a 403 although the operation ran:
 * with `data` in the answer (even null) a 4xx becomes 200, and the errors say which fields
 * failed. A 5xx chosen by an error (the database is unavailable) is left alone. Before
 * execution Apollo answers 500 to an error a plugin throws without a status (a NUL in a
 * variable, two locales): that is a 400 when every error is the client's.
 */
export const responseStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const status = response.http.status;
        if (status === undefined) return;
        if (data !== undefined) {
          if (status >= 400 && status < 500) response.http.status = 200;
        } else if (
          status >= 500 &&
          errors?.length &&
          errors.every((error) => BAD_REQUEST_CODES.has(String(error.extensions?.code)))
        ) {
          response.http.status = 400;
        }
      },
    };
  },
};
