import { type DocumentNode, type GraphQLSchema, Kind, parse, validate } from 'graphql';
import { fieldError, Reason } from '../../common/errors';
import { MAX_QUERY_BYTES } from './persisted-query.store';

/** At most this many documents in one registration. */
export const MAX_DOCUMENTS = 500;

/** Each document must parse and validate against the schema: a broken one is refused by its index. */
export function checkDocuments(schema: GraphQLSchema, documents: readonly string[]): string[][] {
  if (documents.length === 0 || documents.length > MAX_DOCUMENTS) {
    throw fieldError('documents', `Give 1 to ${MAX_DOCUMENTS} documents`, Reason.invalid, {
      max: MAX_DOCUMENTS,
    });
  }
  return documents.map((text, index) => {
    const field = `documents.${index}`;
    if (Buffer.byteLength(text) > MAX_QUERY_BYTES) {
      throw fieldError(field, `A document is at most ${MAX_QUERY_BYTES} bytes`, Reason.invalid, { index });
    }
    let problems: readonly { message: string }[];
    let names: string[] = [];
    try {
      const document = parse(text);
      problems = validate(schema, document);
      names = namesIn(document);
    } catch (error) {
      problems = [{ message: (error as Error).message }];
    }
    if (problems.length) {
      throw fieldError(field, `Document ${index} is not valid: ${problems[0].message}`, Reason.invalid, {
        index,
      });
    }
    return names;
  });
}

function namesIn(document: DocumentNode): string[] {
  return document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [],
  );
}

/** The operation names of a registered (so valid) document. */
export function operationNames(text: string): string[] {
  return namesIn(parse(text));
}
