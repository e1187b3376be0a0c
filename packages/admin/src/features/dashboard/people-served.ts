/**
 * "People served" from the outcome indicators of practices and projects. Indicators are free
 * text (a label, a value, a unit), so the dashboard counts them by a rule that is simple to
 * state and to check, and says it under the chart:
 *
 *   An indicator counts when its UNIT names people (лица, души, деца, хора, потребители,
 *   участници, ученици, младежи, възрастни, жители, бенефициенти; people, persons, children,
 *   adults, users, participants, pupils, students, young people, residents, beneficiaries),
 *   unless the unit is a rate (месечно, годишно, на ден…; per month, monthly…) or the label
 *   speaks of a capacity or a plan (капацитет, планиран…; capacity, planned…), which are not
 *   people served. Staff (асистенти, служители, специалисти, доброволци) and units of families
 *   or events do not count. The values are added up as they are: one person counted by two
 *   indicators counts twice.
 */

export interface IndicatorLike {
  label: string;
  value: string;
  unit: string;
  targetGroup?: { slug: string; label: string } | null;
}

/** Whole words only: the pattern may not be preceded or followed by a letter. */
const words = (...patterns: string[]) => new RegExp(`(?<!\\p{L})(?:${patterns.join('|')})(?!\\p{L})`, 'iu');

const PEOPLE = words(
  'лица',
  'лице',
  'души',
  'деца',
  'дете',
  'хора',
  'човека?',
  'потребител(?:и|я|ите)?',
  'участни(?:к|ци|чки|чка)',
  'учени(?:к|ци)',
  'младеж(?:и|ите)?',
  'възрастни',
  'жители',
  'бенефициент(?:и|а)?',
  'people',
  'persons?',
  'child(?:ren)?',
  'adults?',
  'users?',
  'participants?',
  'pupils?',
  'students?',
  'young people',
  'youths?',
  'residents?',
  'beneficiar(?:y|ies)',
);

const RATE = words(
  'месечно',
  'седмично',
  'годишно',
  'дневно',
  'на (?:ден|седмица|месец|година)',
  'monthly',
  'weekly',
  'annually',
  'yearly',
  'daily',
  'per (?:day|week|month|year)',
  'a (?:day|week|month|year)',
);

const CAPACITY = words('капацитет(?:ът|а)?', 'планиран\\p{L}*', 'capacity', 'planned');

const STAFF = words(
  'асистент(?:и|а)?',
  'служител(?:и|я)?',
  'специалист(?:и|а)?',
  'доброволц(?:и)?',
  'доброволец',
  'assistants?',
  'staff',
  'employees?',
  'specialists?',
  'volunteers?',
);

/** Whether an indicator counts as people served (see the rule above). */
export function isPeopleServed(indicator: Pick<IndicatorLike, 'label' | 'unit'>): boolean {
  const { unit, label } = indicator;
  if (!PEOPLE.test(unit)) return false;
  if (RATE.test(unit) || STAFF.test(unit)) return false;
  if (CAPACITY.test(label)) return false;
  return true;
}

/** Hundredths of a non-negative decimal string ("124.00" → 12400n); null when unreadable. */
function hundredths(value: string): bigint | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(2, '0').slice(0, 2);
  return BigInt(match[1]) * 100n + BigInt(fraction);
}

function toDecimal(total: bigint): string {
  const cents = total % 100n;
  return cents === 0n ? `${total / 100n}` : `${total / 100n}.${cents.toString().padStart(2, '0')}`;
}

export interface PeopleServedGroup {
  /** Target group slug, or '' for indicators without one. */
  key: string;
  /** Its label; '' when there is none (the page names it). */
  label: string;
  /** Exact sum, as a decimal string ("1254"). */
  total: string;
  /** The sum as a number, for the chart. */
  value: number;
  indicators: number;
}

export interface PeopleServed {
  total: string;
  /** Indicators counted and left out by the rule. */
  counted: number;
  skipped: number;
  /** By target group, largest first (ties by label). */
  byTargetGroup: PeopleServedGroup[];
}

/** Adds up the people-served indicators of the records, in total and by target group. */
export function peopleServed(records: readonly { indicators: readonly IndicatorLike[] }[]): PeopleServed {
  let total = 0n;
  let counted = 0;
  let skipped = 0;
  const groups = new Map<string, { label: string; total: bigint; indicators: number }>();
  for (const record of records) {
    for (const indicator of record.indicators) {
      const amount = hundredths(indicator.value);
      if (amount === null || !isPeopleServed(indicator)) {
        skipped += 1;
        continue;
      }
      counted += 1;
      total += amount;
      const key = indicator.targetGroup?.slug ?? '';
      const group = groups.get(key) ?? {
        label: indicator.targetGroup?.label ?? '',
        total: 0n,
        indicators: 0,
      };
      group.total += amount;
      group.indicators += 1;
      groups.set(key, group);
    }
  }
  const byTargetGroup = [...groups.entries()]
    .map(([key, g]) => ({
      key,
      label: g.label,
      total: toDecimal(g.total),
      value: Number(g.total) / 100,
      indicators: g.indicators,
    }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'bg'));
  return { total: toDecimal(total), counted, skipped, byTargetGroup };
}
