/*
 * "People served", from the outcome indicators of practices and projects. Indicators are free
 * text (a label, a value, a unit), so they are counted by a rule that is simple to state and to
 * check. It runs in SQL, so the figures are added up where the rows are; the schema description
 * of `Statistics.peopleServed` (PEOPLE_SERVED_RULE) states it for partner sites.
 */

/** The rule as partner sites read it, in the schema. */
export const PEOPLE_SERVED_RULE = [
  'An indicator counts when its unit names people (лица, души, деца, хора, потребители, участници,',
  'ученици, младежи, възрастни, жители, бенефициенти; people, persons, children, adults, users,',
  'participants, pupils, students, young people, residents, beneficiaries), in its Bulgarian or its',
  'English text, unless a unit is a rate (месечно, годишно, на ден…; monthly, per month…) or names',
  'staff (асистенти, служители, специалисти, доброволци; assistants, staff, volunteers…), or its label',
  'speaks of a capacity or a plan (капацитет, планиран…; capacity, planned): those are not people',
  'served. Units of families or events do not name people and do not count; nor do negative values.',
  'Matching is by whole words, in either case, and the same whatever `locale` is asked.',
  'Each counted indicator adds its value once to `total`; values are added as they are, so one person',
  'reported by two indicators (or by a practice and a related project) counts twice.',
  '`byDistrict`: an indicator counts in every district its practice or project runs in (once per',
  'district, however many of its municipalities are there), so the rows may add up to more than',
  '`total`; a record without a municipality counts in `total` only.',
  "`byTargetGroup`: by the indicator's own target group; indicators without one (or whose target",
  'group is in the trash) make the row whose `targetGroup` is null.',
].join(' ');

/**
 * Letters, Latin and Cyrillic, in either case. Word boundaries and case are spelled out in the
 * patterns because `\b`, `[[:alpha:]]`, `~*` and lower() follow the database's LC_CTYPE, which is
 * "C" on some servers: there Cyrillic would be neither letters nor foldable. (Folding the text
 * with translate() instead costs ~30 µs a row; these patterns cost nothing extra.)
 */
const LETTER = '[A-Za-z\u0400-\u04ff]';

/** Each letter of a pattern in both cases ("лица" → "[лЛ][иИ][цЦ][аА]"); `[…]` classes are kept as they are. */
const caseless = (pattern: string) =>
  pattern
    .split(/(\[[^\]]*\])/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : [...part]
            .map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`))
            .join(''),
    )
    .join('');

/** Whole words only, in either case: the pattern may not be preceded or followed by a letter. */
const words = (...patterns: string[]) => `(?<!${LETTER})(?:${patterns.map(caseless).join('|')})(?!${LETTER})`;

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

const CAPACITY = words('капацитет(?:ът|а)?', `планиран${LETTER}*`, 'capacity', 'planned');

/** Both languages of a LocalizedText column as one text; ' | ' keeps their words apart. */
const bothLanguages = (column: string) =>
  `(coalesce(${column}->>'bg', '') || ' | ' || coalesce(${column}->>'en', ''))`;

const literal = (pattern: string) => {
  if (pattern.includes("'")) throw new Error(`A rule pattern may not hold a quote: ${pattern}`);
  return `'${pattern}'`;
};

/**
 * The rows of `source` (a table or CTE name with jsonb `unit` and `label` and numeric `value`)
 * with a boolean `counts`: the rule. Units are few and repeat, so each distinct unit is matched
 * once (in the grouped subquery, which the planner cannot pull up into the join and repeat per
 * row); a label is matched only when its unit counts. The patterns are constants, so the
 * statement text never varies.
 */
export function peopleServedRows(source: string): string {
  const unit = bothLanguages('unit');
  const label = bothLanguages('x.label');
  return (
    `SELECT x.*, CASE WHEN x.value >= 0 AND u.names_people THEN ${label} !~ ${literal(CAPACITY)} ` +
    'ELSE false END AS counts ' +
    `FROM ${source} x JOIN (SELECT unit, (${unit} ~ ${literal(PEOPLE)} AND ${unit} !~ ${literal(RATE)} ` +
    `AND ${unit} !~ ${literal(STAFF)}) AS names_people FROM ${source} GROUP BY unit) u ON u.unit = x.unit`
  );
}
