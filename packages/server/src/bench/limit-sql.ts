/**
 * The "limit": for each shape, one statement that builds in PostgreSQL exactly the JSON Obmen
 * answers (Bulgarian texts, the same visibility rules and orders as its resolvers and loaders).
 * What a server of the same data could do at best, against which Obmen's throughput is set.
 */

import { matchSql, relevanceSql } from '../modules/search-index';

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const list = (aggregate: string, from: string) => `COALESCE((SELECT ${aggregate} FROM ${from}), '[]'::json)`;

const NOMINATION_COUNT =
  "(SELECT count(*)::int FROM nomination n WHERE n.practice_id = p.id AND n.status = 'APPROVED' AND n.deleted_at IS NULL)";

/** Ordered as paginate() orders the default list: newest publication first, id breaking ties. */
const SORT_KEY = "COALESCE(p.published_at, '-infinity'::timestamptz)";

/**
 * A searched list is ordered by relevance, the search engine's own expression (modules/search-index),
 * with a term for typo candidates only when there are some.
 */
const relevance = (typos: boolean) =>
  relevanceSql(
    'd',
    'COALESCE(p.published_at, p.created_at)',
    { exact: '$4', stems: '$5', fuzzy: typos ? '$6' : null, raw: '$3' },
    false,
  );

const LIST_NODE = `json_build_object(
  'id', p.id,
  'title', p.title->>'bg',
  'summary', p.summary->>'bg',
  'nominationCount', ${NOMINATION_COUNT},
  'organization', (SELECT json_build_object('name', o.name->>'bg') FROM organization o
                   WHERE o.id = p.organization_id AND o.deleted_at IS NULL),
  'municipalities', ${list(
    "json_agg(json_build_object('nameBg', m.name_bg, 'district', json_build_object('nameBg', d.name_bg)) ORDER BY m.code)",
    'practice_municipality j JOIN municipality m ON m.code = j.municipality_code JOIN district d ON d.code = m.district_code WHERE j.practice_id = p.id',
  )},
  'themes', ${list(
    "json_agg(json_build_object('label', t.label->>'bg') ORDER BY t.label->>'bg')",
    'practice_theme j JOIN theme t ON t.id = j.theme_id WHERE j.practice_id = p.id AND t.deleted_at IS NULL',
  )}
)`;

export type ListVariant = 'first' | 'after' | 'search' | 'searchWithoutTypos';

/**
 * `$1` page size; then the cursor's key and id ('after'), or the search's tsqueries as
 * SearchQueries gives them: `$2` match, `$3` the text, `$4` exact, `$5` stems, `$6` fuzzy ('search';
 * 'searchWithoutTypos' has no `$6`).
 */
export function listStatement(variant: ListVariant): string {
  const conditions = ["p.status = 'PUBLISHED'", 'p.deleted_at IS NULL'];
  let from = 'practice p';
  let key = SORT_KEY;
  if (variant === 'after') conditions.push(`(${SORT_KEY}, p.id) < ($2::timestamptz, $3::uuid)`);
  if (variant === 'search' || variant === 'searchWithoutTypos') {
    from += " JOIN search_document d ON d.entity_type = 'Practice' AND d.entity_id = p.id";
    conditions.push(matchSql('d', { match: '$2', raw: '$3' }));
    key = relevance(variant === 'search');
  }
  return `SELECT json_build_object('practices', json_build_object('edges',
      COALESCE(json_agg(json_build_object('node', ${LIST_NODE}) ORDER BY page.key DESC, page.id DESC), '[]'::json)
    ))::text AS body
    FROM (SELECT p.id, ${key} AS key FROM ${from} WHERE ${conditions.join(' AND ')}
          ORDER BY key DESC, p.id DESC LIMIT $1) page
    JOIN practice p ON p.id = page.id`;
}

const named = (alias: string, extra = '') =>
  `json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'label', ${alias}.label->>'bg'${extra})`;

/** `$1` the slug. */
export const DETAIL_STATEMENT = `SELECT json_build_object('practice', json_build_object(
  'id', p.id, 'slug', p.slug, 'title', p.title->>'bg', 'summary', p.summary->>'bg',
  'background', p.background->>'bg', 'practice', p.practice->>'bg', 'results', p.results->>'bg',
  'innovator', p.innovator, 'status', p.status, 'version', p.version,
  'publishedAt', ${iso('p.published_at')}, 'createdAt', ${iso('p.created_at')}, 'updatedAt', ${iso('p.updated_at')},
  'contact', json_build_object('person', p.contact_person, 'address', p.contact_address, 'phone', p.contact_phone,
                               'email', p.contact_email, 'website', p.contact_website),
  'period', CASE WHEN p.period_from IS NULL AND p.period_to IS NULL THEN NULL ELSE
    json_build_object('from', p.period_from::text, 'to', p.period_to::text, 'precision', p.period_precision) END,
  'nominationCount', ${NOMINATION_COUNT},
  'organization', (SELECT json_build_object('id', o.id, 'name', o.name->>'bg', 'slug', o.slug, 'kind', o.kind,
      'municipality', (SELECT json_build_object('code', om.code, 'nameBg', om.name_bg) FROM municipality om
                       WHERE om.code = o.municipality_code))
    FROM organization o WHERE o.id = p.organization_id AND o.deleted_at IS NULL),
  'municipalities', ${list(
    "json_agg(json_build_object('code', m.code, 'nameBg', m.name_bg, 'nameEn', m.name_en, 'district', json_build_object('code', d.code, 'nameBg', d.name_bg)) ORDER BY m.code)",
    'practice_municipality j JOIN municipality m ON m.code = j.municipality_code JOIN district d ON d.code = m.district_code WHERE j.practice_id = p.id',
  )},
  'themes', ${list(
    `json_agg(${named('t')} ORDER BY t.label->>'bg')`,
    'practice_theme j JOIN theme t ON t.id = j.theme_id WHERE j.practice_id = p.id AND t.deleted_at IS NULL',
  )},
  'targetGroups', ${list(
    `json_agg(${named('g')} ORDER BY g.label->>'bg')`,
    'practice_target_group j JOIN target_group g ON g.id = j.target_group_id WHERE j.practice_id = p.id AND g.deleted_at IS NULL',
  )},
  'indicators', ${list(
    `json_agg(json_build_object('id', i.id, 'label', i.label->>'bg', 'value', i.value::text, 'unit', i.unit->>'bg',
       'period', i.period,
       'targetGroup', (SELECT ${named('ig')} FROM target_group ig WHERE ig.id = i.target_group_id AND ig.deleted_at IS NULL)
     ) ORDER BY i.position)`,
    'indicator i WHERE i.practice_id = p.id',
  )},
  'adoptions', ${list(
    `json_agg(json_build_object('id', a.id, 'year', a.year, 'note', a.note->>'bg',
       'municipality', json_build_object('code', am.code, 'nameBg', am.name_bg)) ORDER BY a.year, a.municipality_code)`,
    'practice_adoption a JOIN municipality am ON am.code = a.municipality_code WHERE a.practice_id = p.id',
  )},
  'projects', ${list(
    "json_agg(json_build_object('id', pr.id, 'slug', pr.slug, 'title', pr.title->>'bg') ORDER BY pr.title->>'bg')",
    "practice_project j JOIN project pr ON pr.id = j.project_id WHERE j.practice_id = p.id AND pr.deleted_at IS NULL AND pr.status = 'PUBLISHED'",
  )}
))::text AS body
FROM practice p WHERE p.slug = $1 AND p.status = 'PUBLISHED' AND p.deleted_at IS NULL`;
