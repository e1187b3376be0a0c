/**
 * From the files an editor chose to the `startImport` input, with the limits checked before
 * anything is sent, so a refusal names the file and the limit instead of a bare server error.
 * Pure functions (a `File` is only asked for its name, size and text), tested without a browser.
 */
import type { ImportKind, StartImportInput } from '../../gql/graphql';

/** Files of one import: the server takes up to 2,000 files, the admin asks for fewer at a time. */
export const MAX_FILES = 200;
/** One file's text: the server refuses a longer one (ImportFileInput.text). */
export const MAX_FILE_BYTES = 2_000_000;
/**
 * The whole request: /graphql reads at most 1 MB of JSON (the server's hardening), so what the
 * files add up to is what really limits one import from the admin; a little is left for the rest.
 */
export const MAX_REQUEST_BYTES = 1024 * 1024 - 4 * 1024;

export type PageLanguage = 'auto' | 'bg' | 'en';

export interface ImportFormValues {
  kind: ImportKind;
  publish: boolean;
  language: PageLanguage;
}

export interface ChosenFile {
  name: string;
  size: number;
}

export interface ReadableFile extends ChosenFile {
  text(): Promise<string>;
}

/** A refusal: the message key under `imports.limits` and the values to word it. */
export interface FileLimitProblem {
  key: 'noFiles' | 'tooMany' | 'tooLarge' | 'tooLargeTogether' | 'tooLargeRequest' | 'unreadable';
  values: Record<string, string | number>;
}

/** What a file picker should offer for each kind (the server reads the text whatever the name). */
export const ACCEPT: Readonly<Record<ImportKind, string>> = {
  FLGR: '.txt,text/plain',
  ISUN: '.txt,text/plain',
  CSV: '.csv,text/csv',
};

/** Whether the kind's pages may need their language told (spreadsheets say it in their columns). */
export const hasPageLanguage = (kind: ImportKind): boolean => kind !== 'CSV';

/** The first limit the chosen files break, before they are read; null when they may be read. */
export function checkChosenFiles(files: readonly ChosenFile[]): FileLimitProblem | null {
  if (!files.length) return { key: 'noFiles', values: {} };
  if (files.length > MAX_FILES) return { key: 'tooMany', values: { count: files.length, max: MAX_FILES } };
  const large = files.find((file) => file.size > MAX_FILE_BYTES);
  if (large) return { key: 'tooLarge', values: { name: large.name, size: large.size, max: MAX_FILE_BYTES } };
  return null;
}

/** The `startImport` input; the language only where the kind's pages have one. */
export function startImportInput(
  values: ImportFormValues,
  files: readonly { name: string; text: string }[],
): StartImportInput {
  const lang = hasPageLanguage(values.kind) && values.language !== 'auto' ? values.language : null;
  return {
    kind: values.kind,
    publish: values.publish,
    lang,
    files: files.map(({ name, text }) => ({ name, text })),
  };
}

/** The bytes the request's JSON body will take (Cyrillic is two bytes a letter in UTF-8). */
export const requestBytes = (input: StartImportInput): number =>
  new TextEncoder().encode(JSON.stringify({ variables: { input } })).length;

/**
 * Reads the chosen files and builds the input, or says which limit they break. The files are
 * read only when their sizes allow it, and one at a time, so 200 files do not all sit in memory
 * twice while the first is still being read.
 */
export async function readImport(
  values: ImportFormValues,
  files: readonly ReadableFile[],
): Promise<{ input: StartImportInput } | { problem: FileLimitProblem }> {
  const problem = checkChosenFiles(files);
  if (problem) return { problem };
  const read: { name: string; text: string }[] = [];
  for (const file of files) {
    try {
      read.push({ name: file.name, text: await file.text() });
    } catch {
      return { problem: { key: 'unreadable', values: { name: file.name } } };
    }
  }
  const input = startImportInput(values, read);
  const size = requestBytes(input);
  if (size > MAX_REQUEST_BYTES) {
    return { problem: { key: 'tooLargeTogether', values: { size, max: MAX_REQUEST_BYTES } } };
  }
  return { input };
}
