import { GraphQLError } from 'graphql';

export interface FieldError {
  field: string;
  message: string;
}

export function badInput(fields: FieldError[], message = 'Invalid input'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } });
}

export function fieldError(field: string, message: string): GraphQLError {
  return badInput([{ field, message }], message);
}

export function notFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`${type} ${id} not found`, {
    extensions: { code: 'NOT_FOUND', type, id },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extensions } });
}
