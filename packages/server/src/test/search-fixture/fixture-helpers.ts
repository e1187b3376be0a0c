/**
 * Builders for the search fixture (see fixture.ts): they fill the fields search does not read (indicators,
 * adoptions, nominations, documents…) with empty values, so each record in the data files shows only
 * what a search can match — its texts, its organization and its municipalities — and stays short.
 */
import type {
  ContentStatus,
  L,
  SeedOrganization,
  SeedPractice,
  SeedProject,
} from '../../seed/demo-content.types';

/** A project's budget or grant in leva (projects before 2026) or euro. */
export const bgn = (amount: string) => ({ amount, currency: 'BGN' as const });
export const eur = (amount: string) => ({ amount, currency: 'EUR' as const });

/** A localized text; records with English carry it in `en`. */
export const l = (bg: string, en?: string): L => (en === undefined ? { bg } : { bg, en });

/** An organization: `place` is its NSI municipality code (none for national bodies). */
export function org(
  key: string,
  kind: SeedOrganization['kind'],
  name: L,
  place?: string,
  description?: L,
): SeedOrganization {
  return {
    key,
    name,
    kind,
    ...(place ? { municipalityCode: place } : {}),
    ...(description ? { description } : {}),
  };
}

export interface PracticeSpec {
  key: string;
  title: L;
  summary: L;
  background: L;
  practice: L;
  results: L;
  /** Years of the period, e.g. [2016, 2019]; open-ended when the second is missing. */
  years: [number, number?];
  places: string[];
  org: string;
  themes: string[];
  targetGroups: string[];
  /** ISO date-time; required for published practices. */
  publishedAt?: string;
  /** Drafts are hidden from the public: the labelled queries never expect them. */
  status?: ContentStatus;
}

export function practice(spec: PracticeSpec): SeedPractice {
  const [from, to] = spec.years;
  const status = spec.status ?? 'PUBLISHED';
  if (status === 'PUBLISHED' && !spec.publishedAt) throw new Error(`${spec.key}: published without a date`);
  return {
    key: spec.key,
    title: spec.title,
    summary: spec.summary,
    background: spec.background,
    practice: spec.practice,
    results: spec.results,
    periodFrom: `${from}-01-01`,
    ...(to ? { periodTo: `${to}-12-31` } : {}),
    periodPrecision: 'YEAR',
    municipalityCodes: spec.places,
    organizationKey: spec.org,
    innovator: 'search-fixture',
    themes: spec.themes,
    targetGroups: spec.targetGroups,
    indicators: [],
    relatedProjectKeys: [],
    adoptions: [],
    status,
    ...(spec.publishedAt ? { publishedAt: spec.publishedAt } : {}),
    nominations: [],
  };
}

export interface ProjectSpec {
  key: string;
  title: L;
  summary: L;
  generalGoal: L;
  objectives: L[];
  results: L[];
  years: [number, number];
  places: string[];
  lead: string;
  funder?: string;
  fundingProgramme?: L;
  budget?: SeedProject['budget'];
  partners?: SeedProject['partners'];
  themes: string[];
  targetGroups: string[];
  status?: ContentStatus;
}

export function project(spec: ProjectSpec): SeedProject {
  const [from, to] = spec.years;
  return {
    key: spec.key,
    title: spec.title,
    summary: spec.summary,
    generalGoal: spec.generalGoal,
    specificObjectives: spec.objectives,
    programmes: [],
    activities: [],
    expectedResults: spec.results,
    startDate: `${from}-01-01`,
    endDate: `${to}-12-31`,
    periodPrecision: 'YEAR',
    ...(spec.budget ? { budget: spec.budget } : {}),
    ...(spec.funder ? { funderKey: spec.funder } : {}),
    ...(spec.fundingProgramme ? { fundingProgramme: spec.fundingProgramme } : {}),
    leadOrganizationKey: spec.lead,
    partners: spec.partners ?? [],
    municipalityCodes: spec.places,
    themes: spec.themes,
    targetGroups: spec.targetGroups,
    status: spec.status ?? 'PUBLISHED',
    documents: [],
    indicators: [],
  };
}
