/**
 * Labelled queries over the search fixture (fixture.ts), for the relevance test of issue 11: recall@10
 * (share of `expect` among the first 10 results) and precision@5 (share of the first min(5, |expect|)
 * results that are in `expect`), as the public sees them.
 *
 * `expect` lists every published record that truly matches the query — under the engine's rules: all
 * query words must match (stop words left out) after folding Cyrillic and Latin to one skeleton and light
 * stemming, one typo allowed in a word of five letters or more; a record is searched by its title or name,
 * its summary and long texts, its organization's name (practices, projects: the lead organization) and
 * the Bulgarian names of its municipalities; English queries (locale 'en') by its English texts.
 * The labels were checked against the fixture with bulgarianTerms (src/common/search-text.ts): each
 * query's terms occur in exactly the records listed (and in no other published record).
 */

export interface LabelledQuery {
  query: string;
  locale?: 'bg' | 'en';
  /** Keys of all published fixture records a person would expect in the first ten results. */
  expect: string[];
  /** What the query exercises. */
  note: string;
}

/** The DRAFT records of the fixture: some match the queries below, and the public must never see them. */
export const DRAFT_KEYS: string[] = [
  'pr-ei-burgas-draft',
  'pr-foster-dobrich-draft',
  'pj-homeless-varna-draft',
  'pj-plovdiv-draft',
  'pj-shumen-foster-draft',
];

export const EARLY_INTERVENTION = ['pr-ei-shumen', 'pr-ei-gabrovo', 'pj-ei-vratsa', 'org-svetulka'];
export const FOSTER_CARE = [
  'pr-foster-plovdiv',
  'pr-foster-sliven-babies',
  'pr-foster-ruse-club',
  'pj-foster-lovech',
  'net-foster-north',
];
export const PATRONAGE = ['pr-patronazh-madan', 'pr-patronazh-vidin', 'pj-patronazh-troyan'];
export const CHILDREN_WITH_DISABILITIES = [
  'pr-ei-shumen',
  'org-svetulka',
  'pr-svetulka-parents',
  'pr-dc-disab-plovdiv',
  'pr-inclusive-varna',
  'pj-rehab-kardzhali',
];
export const PLOVDIV = [
  'org-obshtina-plovdiv',
  'org-obshtina-rodopi',
  'org-most-semeystvo',
  'pr-foster-plovdiv',
  'pr-dc-disab-plovdiv',
  'pj-plovdiv-stolipinovo',
];
export const RODOPI = [
  'org-obshtina-rodopi',
  'pr-rodopi-mobile',
  'pr-rodopi-youth',
  'pj-rodopi-elderly',
  'net-rodopi-partnership',
];
export const TARGOVISHTE = [
  'org-obshtina-targovishte',
  'pr-targovishte-cop',
  'pr-targovishte-volunteers',
  'pj-targovishte-screening',
];
export const SOUP_KITCHENS = [
  'pr-kitchen-varna',
  'pr-kitchen-silistra',
  'pj-kitchen-montana',
  'org-podadena-raka',
];
export const SOCIAL_ENTERPRISE = [
  'org-kosher',
  'pr-se-bakery-vratsa',
  'pj-se-sliven',
  'net-social-enterprises',
];
export const PERSONAL_ASSISTANT = ['pr-pa-ruse', 'org-nezavisim-zhivot', 'pj-personal-assistance'];
export const DEINSTITUTIONALIZATION = [
  'pr-di-tarnovo',
  'pr-cnst-shumen',
  'pr-protected-housing-pleven',
  'pj-di-national',
  'net-di-coalition',
];
export const MENTAL_HEALTH = [
  'pr-mh-stara-zagora',
  'org-ravnovesie',
  'pr-protected-housing-pleven',
  'pr-mh-family-kazanlak',
  'pj-mh-youth-kyustendil',
  'pj-mh-stigma',
];
