import { ImportKind } from '../import.entity';
import type { ParsedSources, SourceFile } from '../import.types';
import { parseFlgr } from './flgr';

/** The parser of each kind of source. */
export function parseSources(
  kind: ImportKind,
  files: SourceFile[],
  options: { lang?: 'bg' | 'en' },
): ParsedSources {
  switch (kind) {
    case ImportKind.FLGR:
      return parseFlgr(files, options);
    default:
      return {
        drafts: [],
        refused: files.map((f) => ({
          origin: f.name,
          problems: [
            { reason: 'unsupportedKind', message: `${kind} is not read yet`, severity: 'error' as const },
          ],
        })),
      };
  }
}
