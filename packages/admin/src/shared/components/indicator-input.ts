/**
 * Outcome indicators of a practice or project as a form edits them: an ordered list of
 * label, value, unit, period and target group; and back to `IndicatorInput`s.
 */
import type { IndicatorInput } from '../../gql/graphql';
import { formatDecimal } from '../format';
import {
  type BilingualText,
  emptyText,
  requiredTextInput,
  textFromInput,
  translatedText,
} from './bilingual-text';
import { type ListItemFields, listItemFormPath } from './list-form-path';
import { newItemKey } from './list-item-key';
import { type AmountProblem, parseAmount } from './money-input';

export interface IndicatorItem {
  key: string;
  label: BilingualText;
  /** As typed ("1 234,5") or as read ("1234.5"). */
  value: string;
  unit: BilingualText;
  /** When it was measured, as the source says it ("2015", "2013–2015"). */
  period: string;
  /** Target group slug. */
  targetGroup: string | null;
}

/** An indicator as a practice or project is read (in one language). */
export interface IndicatorRead {
  label: string;
  value: string;
  unit: string;
  period?: string | null;
  targetGroup?: { slug: string } | null;
}

export const newIndicatorItem = (): IndicatorItem => ({
  key: newItemKey(),
  label: emptyText(),
  value: '',
  unit: emptyText(),
  period: '',
  targetGroup: null,
});

/** Items from the list read in Bulgarian and (when there is one) in English, in their order. */
export function indicatorItems(
  bg: readonly IndicatorRead[],
  en: readonly IndicatorRead[] | null | undefined,
): IndicatorItem[] {
  return bg.map((item, i) => ({
    key: newItemKey(),
    label: { bg: item.label, en: translatedText(item.label, en?.[i]?.label) },
    value: item.value,
    unit: { bg: item.unit, en: translatedText(item.unit, en?.[i]?.unit) },
    period: item.period ?? '',
    targetGroup: item.targetGroup?.slug ?? null,
  }));
}

export type IndicatorValueProblem = 'required' | Exclude<AmountProblem, 'negative'>;

/** A value as typed, as the API's decimal ("-1 234,5" → "-1234.5"); indicators may be negative. */
export function parseIndicatorValue(
  text: string,
): { ok: true; value: string } | { ok: false; problem: IndicatorValueProblem } {
  const trimmed = text.trim();
  const negative = /^[-−]/.test(trimmed);
  const parsed = parseAmount(negative ? trimmed.slice(1) : trimmed);
  if (!parsed.ok) return { ok: false, problem: parsed.problem === 'negative' ? 'invalid' : parsed.problem };
  if (parsed.amount === '') return { ok: false, problem: negative ? 'invalid' : 'required' };
  return { ok: true, value: negative && parsed.amount !== '0' ? `-${parsed.amount}` : parsed.amount };
}

export function indicatorInputs(items: readonly IndicatorItem[]): IndicatorInput[] {
  return items.map((item) => {
    const value = parseIndicatorValue(item.value);
    return {
      label: requiredTextInput(item.label),
      // What cannot be read goes as typed: the server names the field.
      value: value.ok ? value.value : item.value.trim(),
      unit: requiredTextInput(item.unit),
      period: item.period.trim() || null,
      targetGroup: item.targetGroup,
    };
  });
}

/** Items from `IndicatorInput`s (a merged input, or the server's record in that shape). */
export function indicatorItemsFromInput(value: unknown): IndicatorItem[] {
  return (Array.isArray(value) ? value : []).map((entry) => {
    const item = (entry ?? {}) as Record<string, unknown>;
    return {
      key: newItemKey(),
      label: textFromInput(item.label),
      value: typeof item.value === 'string' ? item.value : '',
      unit: textFromInput(item.unit),
      period: typeof item.period === 'string' ? item.period : '',
      targetGroup: typeof item.targetGroup === 'string' ? item.targetGroup : null,
    };
  });
}

/** Message keys of what the browser finds wrong in an indicator. */
export type IndicatorProblem =
  | 'indicators.problems.labelRequired'
  | 'indicators.problems.unitRequired'
  | `indicators.problems.value.${IndicatorValueProblem}`;

/** Problems by form path (`indicators.2.value`), `field` being the list's path. */
export function validateIndicators(
  items: readonly IndicatorItem[],
  field = 'indicators',
): Record<string, IndicatorProblem> {
  const problems: Record<string, IndicatorProblem> = {};
  items.forEach((item, i) => {
    if (!item.label.bg.trim()) problems[`${field}.${i}.label.bg`] = 'indicators.problems.labelRequired';
    const value = parseIndicatorValue(item.value);
    if (!value.ok) problems[`${field}.${i}.value`] = `indicators.problems.value.${value.problem}`;
    if (!item.unit.bg.trim()) problems[`${field}.${i}.unit.bg`] = 'indicators.problems.unitRequired';
  });
  return problems;
}

const INDICATOR_FIELDS = {
  first: 'label',
  texts: ['label', 'unit'],
  values: ['value', 'period', 'targetGroup'],
} as const satisfies ListItemFields;

/**
 * Where a server error about an indicator shows: "indicators.2.value" as it is, a text
 * without its language on its Bulgarian field, an item on its label, and what names no
 * item ("indicators.targetGroup": an unknown slug) on the list. Null for other fields.
 */
export function indicatorFormPath(serverPath: string, field = 'indicators'): string | null {
  return listItemFormPath(serverPath, field, INDICATOR_FIELDS);
}

/**
 * Indicators (`IndicatorInput`s) in words, for comparing two versions: "Деца: 120 души (2015)".
 * `groupLabel` names a target group by its slug.
 */
export function formatIndicatorInputs(
  value: unknown,
  lang: string,
  groupLabel: (slug: string) => string,
): string {
  return indicatorItemsFromInput(value)
    .map((item, i) => {
      const parsed = parseIndicatorValue(item.value);
      const number = parsed.ok ? formatDecimal(parsed.value, lang, parsed.value.includes('.') ? 2 : 0) : '';
      const details = [item.period, item.targetGroup ? groupLabel(item.targetGroup) : '']
        .filter(Boolean)
        .join(', ');
      const main = `${i + 1}. ${item.label.bg}: ${number || item.value} ${item.unit.bg}`.trim();
      return details ? `${main} (${details})` : main;
    })
    .join('; ');
}
