import type { SourceProblem } from '../import.types';
import {
  type IsunField,
  type IsunLang,
  isIsunHeading,
  isunLabel,
  MULTILINE_FIELDS,
  PROSE_FIELDS,
} from './isun-labels';

/**
 * One ИСУН/UMIS page as text → its labelled values, before any value is interpreted. Label-driven:
 * `Label: value`, or a label alone on a line with the value on the lines after it; section headings
 * are skipped; an unknown `Label:` is a warning, not a failure.
 */

export interface LabelledValue {
  lines: string[];
  /** Line of the label in the file (1-based), for the report. */
  line: number;
}

export interface IsunPage {
  origin: string;
  lang: IsunLang;
  sourceUrl?: string;
  values: Map<IsunField, LabelledValue>;
  problems: SourceProblem[];
}

const warning = (reason: string, message: string, args: Record<string, string | number>): SourceProblem => ({
  reason,
  message,
  args,
  severity: 'warning',
});

/**
 * The provenance header: the lines before a `---` line, when none of them is a known label (a page's
 * own text may contain `---` further down). Its first line may be the page's address.
 */
function splitHeader(lines: string[]): { header: string[]; bodyStart: number } {
  const rule = lines.findIndex((l) => l.trim() === '---');
  if (rule < 0) return { header: [], bodyStart: 0 };
  const header = lines.slice(0, rule);
  const hasLabel = header.some((l) => isunLabel(l.trim().replace(/:.*$/, '')) !== undefined);
  return hasLabel ? { header: [], bodyStart: 0 } : { header, bodyStart: rule + 1 };
}

const LABEL_LINE = /^([^:]{1,80}?)\s*:\s*(.*)$/;

/** A `Something:` that reads as a label (short, capitalized, no sentence punctuation), not as text. */
function looksLikeLabel(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) && text.length <= 60 && text.split(/\s+/).length <= 6 && !/[.,;!?"„“()]/.test(text)
  );
}

function headerLang(header: string[]): IsunLang | undefined {
  const lang = header
    .map((l) => /^LANG:\s*(bg|en)\b/i.exec(l.trim()))
    .find(Boolean)?.[1]
    .toLowerCase();
  return lang === 'bg' || lang === 'en' ? lang : undefined;
}

export function readIsunPage(origin: string, text: string, lang?: IsunLang): IsunPage {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { header, bodyStart } = splitHeader(lines);
  const url = header.find((l) => l.trim())?.trim();
  const values = new Map<IsunField, LabelledValue>();
  const problems: SourceProblem[] = [];
  const tally: Record<IsunLang, number> = { bg: 0, en: 0 };
  let current: { field: IsunField; value: LabelledValue } | undefined;

  const start = (field: IsunField, labelLang: IsunLang, first: string, line: number): void => {
    tally[labelLang] += 1;
    const value: LabelledValue = { lines: first ? [first] : [], line };
    if (values.has(field)) {
      problems.push(
        warning('duplicateLabel', `Line ${line}: a second "${field}" value is ignored`, { field, line }),
      );
    } else {
      values.set(field, value);
    }
    current = { field, value };
  };

  for (let i = bodyStart; i < lines.length; i++) {
    const line = i + 1;
    const trimmed = lines[i].trim();
    if (!trimmed) {
      if (current && PROSE_FIELDS.has(current.field)) current.value.lines.push('');
      continue;
    }
    if (isIsunHeading(trimmed)) {
      current = undefined;
      continue;
    }
    const alone = isunLabel(trimmed.replace(/:$/, ''));
    if (alone) {
      start(alone.field, alone.lang, '', line);
      continue;
    }
    const labelled = LABEL_LINE.exec(trimmed);
    const known = labelled ? isunLabel(labelled[1]) : undefined;
    if (labelled && known) {
      start(known.field, known.lang, labelled[2].trim(), line);
      continue;
    }
    const inProse = current !== undefined && PROSE_FIELDS.has(current.field);
    if (labelled && !inProse && looksLikeLabel(labelled[1])) {
      problems.push(
        warning('unknownLabel', `Line ${line}: unknown label "${labelled[1]}" (its value is not imported)`, {
          label: labelled[1],
          line,
        }),
      );
      current = undefined;
      continue;
    }
    if (current && MULTILINE_FIELDS.has(current.field)) {
      current.value.lines.push(trimmed);
      continue;
    }
    problems.push(
      warning('unreadLine', `Line ${line}: text outside any known label is not imported`, {
        text: trimmed.slice(0, 80),
        line,
      }),
    );
  }

  const detected: IsunLang = tally.en > tally.bg ? 'en' : 'bg';
  return {
    origin,
    lang: lang ?? headerLang(header) ?? detected,
    ...(url && /^https?:\/\/\S+$/.test(url) ? { sourceUrl: url } : {}),
    values,
    problems,
  };
}
