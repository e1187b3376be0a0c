/** What a spec reads from an error answer: the codes, and the input fields a BAD_USER_INPUT names. */
export interface ErrorAnswer {
  errors?: readonly { extensions?: Record<string, any> }[];
}

export interface FieldError {
  field: string;
  message: string;
  reason: string;
  args?: Record<string, unknown>;
}

/** The error codes of an answer, in order; [] when it has none. */
export const codes = (answer: ErrorAnswer): string[] =>
  (answer.errors ?? []).map((e) => e.extensions?.code as string);

/** Every `extensions.fields` entry of an answer's errors. */
export const fieldErrors = (answer: ErrorAnswer): FieldError[] =>
  (answer.errors ?? []).flatMap((e) => (e.extensions?.fields ?? []) as FieldError[]);

/** The input fields an answer's errors name. */
export const fields = (answer: ErrorAnswer): string[] => fieldErrors(answer).map((f) => f.field);

/** The field errors of an answer that must be exactly one BAD_USER_INPUT. */
export function badInputFields(answer: ErrorAnswer): FieldError[] {
  expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  return fieldErrors(answer);
}
