import { apiSession, type Caller, graphql } from './api.js';

/** A title no other run or scenario uses (the database is fresh, but scenarios share it). */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export interface PracticeRef {
  id: string;
  version: number;
  slug: string;
}

const PRACTICE_FIELDS = 'id version slug';

/**
 * A practice made through the API by the editor (what a scenario needs before its browser part):
 * created in review, and published when `publish` is set (editors publish only what was reviewed).
 */
export async function createPractice(
  input: { title: string; summary?: string; municipalityCodes?: string[]; publish?: boolean },
  caller?: Caller,
): Promise<PracticeRef> {
  const editor = caller ?? (await apiSession('editor'));
  const { createPractice: created } = await graphql<{ createPractice: PracticeRef }>(
    `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { ${PRACTICE_FIELDS} } }`,
    {
      input: {
        title: { bg: input.title },
        summary: input.summary ? { bg: input.summary } : null,
        municipalityCodes: input.municipalityCodes ?? [],
        status: 'IN_REVIEW',
      },
    },
    editor,
  );
  if (!input.publish) return created;
  return updatePractice({ id: created.id, version: created.version, status: 'PUBLISHED' }, editor);
}

/** An update through the API (as another person would make it, outside the browser). */
export async function updatePractice(
  input: { id: string; version: number } & Record<string, unknown>,
  caller?: Caller,
): Promise<PracticeRef> {
  const { updatePractice: updated } = await graphql<{ updatePractice: PracticeRef }>(
    `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { ${PRACTICE_FIELDS} } }`,
    { input },
    caller ?? (await apiSession('editor')),
  );
  return updated;
}

export interface PublicPractice {
  id: string;
  title: string;
  slug: string;
  summary: string | null;
  nominationCount: number;
  publishedAt: string | null;
  municipalities: { code: string; nameBg: string }[];
}

const PUBLIC_FIELDS = 'id title slug summary nominationCount publishedAt municipalities { code nameBg }';

/** Published practices whose title matches, as the public (a partner site) reads them. */
export async function findPublicPractices(search: string): Promise<PublicPractice[]> {
  const { practices } = await graphql<{ practices: { edges: { node: PublicPractice }[] } }>(
    `query ($filter: PracticeFilter) { practices(filter: $filter) { edges { node { ${PUBLIC_FIELDS} } } } }`,
    { filter: { search } },
  );
  return practices.edges.map((e) => e.node);
}

/** One practice as the public reads it (only published ones exist for the public). */
export async function publicPractice(id: string): Promise<PublicPractice> {
  const { practice } = await graphql<{ practice: PublicPractice }>(
    `query ($id: ID) { practice(id: $id) { ${PUBLIC_FIELDS} } }`,
    { id },
  );
  return practice;
}

/**
 * What a reader sees of a long text: the admin's editor saves sanitized HTML (`<p>…</p>`),
 * older and API-written texts are plain.
 */
export function textOf(value: string | null): string | null {
  if (value === null) return null;
  return value
    .replace(/<\/p>\s*<p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface StaffPractice {
  id: string;
  version: number;
  status: string;
  title: string;
  summary: string | null;
  results: string | null;
}

/** The practice as staff read it (any status), with its Bulgarian texts and version. */
export async function staffPractice(id: string, caller?: Caller): Promise<StaffPractice> {
  const { practice } = await graphql<{ practice: StaffPractice }>(
    'query ($id: ID) { practice(id: $id) { id version status title summary results } }',
    { id },
    caller ?? (await apiSession('editor')),
  );
  return practice;
}
