import { ImportKind } from '../import.entity';
import type { ParsedSources, SourceFile } from '../import.types';
import { parseFlgr } from './flgr';
import { parseIsun } from './isun';
import { parseSpreadsheet } from './spreadsheet';

/** The parser of each kind of source. */
export function parseSources(
  kind: ImportKind,
  files: SourceFile[],
  options: { lang?: 'bg' | 'en' },
): ParsedSources {
  switch (kind) {
    case ImportKind.FLGR:
      return parseFlgr(files, options);
    case ImportKind.ISUN:
      return parseIsun(files, options);
    case ImportKind.CSV:
      return parseSpreadsheet(files);
  }
}
