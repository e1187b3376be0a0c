import { fieldErrorLine, mapServerErrors } from '../errors';

export interface SplitErrors {
  /** Messages by form path, several joined with "; ". */
  onForm: Record<string, string>;
  /** "field: message" for fields the form does not have. */
  elsewhere: string[];
}

/** A BAD_USER_INPUT answer's field errors, split into the form's fields and the rest. */
export function splitServerErrors(
  error: unknown,
  formPath: (serverPath: string) => string | null,
): SplitErrors {
  const onForm: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [path, message] of Object.entries(mapServerErrors(error))) {
    const target = formPath(path);
    if (target) onForm[target] = onForm[target] ? `${onForm[target]}; ${message}` : message;
    else elsewhere.push(fieldErrorLine(path, message));
  }
  return { onForm, elsewhere };
}
