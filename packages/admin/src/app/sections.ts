/**
 * The admin's sections in navigation order: the one list a new section is added to. Navigation,
 * routes, Apollo's per-language cache keys, the history pages, the trash's tabs and the links to
 * a record are folded from it below and in router.tsx; sections.spec.ts checks they agree.
 *
 * The descriptors are imported from their section.ts, not the feature's index.ts: app/ is the
 * composition root, and a barrel would pull the components it re-exports (pickers, selects) into
 * the entry chunk — 21 kB gzip more, since the bundler cannot prove those modules side-effect free.
 */
import type { Action } from '../features/auth';
import { accountSection } from '../features/account/section';
import { auditSection } from '../features/audit/section';
import { dashboardSection } from '../features/dashboard/section';
import { importsSection } from '../features/imports/section';
import { moderationSection } from '../features/moderation/section';
import { networksSection } from '../features/networks/section';
import { organizationsSection } from '../features/organizations/section';
import { practicesSection } from '../features/practices/section';
import { programmesSection } from '../features/programmes/section';
import { projectsSection } from '../features/projects/section';
import { taxonomySection } from '../features/taxonomy/section';
import { tokensSection } from '../features/tokens/section';
import { trashSection } from '../features/trash/section';
import { usersSection } from '../features/users/section';
import { volunteersSection } from '../features/volunteers/section';
import type { ContentType } from '../gql/graphql';
import type { HistoryField, SectionDescriptor, TrashType } from '../shared/section';
import type { SectionsInfo } from '../shared/sections-context';

export const SECTIONS = [
  dashboardSection,
  practicesSection,
  projectsSection,
  organizationsSection,
  networksSection,
  programmesSection,
  volunteersSection,
  moderationSection,
  taxonomySection,
  importsSection,
  trashSection,
  tokensSection,
  usersSection,
  auditSection,
  accountSection,
] as const satisfies readonly SectionDescriptor<Action>[];

type Section = (typeof SECTIONS)[number];
/** A section with pages: in the navigation. */
export type NavSection = Extract<Section, { path: string }>;
export type SectionKey = NavSection['key'];

const list: readonly SectionDescriptor<Action>[] = SECTIONS;
const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** Revisions are for the same roles as the trash (editors and admins). */
export const HISTORY_ACTION: Action = 'trash:manage';

export const NAV_SECTIONS = SECTIONS.filter((s): s is NavSection => 'path' in s);

export interface HistorySection {
  /** The section's address: its history pages are at `<path>/:id/history`. */
  path: string;
  contentType: ContentType;
  /** The records' fields in form order: how the history page orders a revision's changes. */
  fields: readonly HistoryField[];
}

/** The sections whose records keep a history. */
export const HISTORY_SECTIONS: readonly HistorySection[] = list.flatMap((s) =>
  s.history && s.path && s.contentType
    ? [{ path: s.path, contentType: s.contentType, fields: s.history.fields }]
    : [],
);

export const TRASH_TYPES: readonly TrashType[] = list.flatMap((s) => s.trash ?? []);

export const LOCALIZED_TYPES = unique(list.flatMap((s) => s.localizedTypes ?? []));
export const EMBEDDED_LOCALIZED_TYPES = unique(list.flatMap((s) => s.embeddedLocalizedTypes ?? []));

const RECORD_PATHS = new Map<string, string>(
  list.flatMap((s) => (s.path && s.contentType ? [[s.contentType, s.path] as const] : [])),
);

/** Where a record opens in the admin: its section's address and id; null without a section page. */
export function recordPath(entityType: string, id: string): string | null {
  const path = RECORD_PATHS.get(entityType);
  return path && id ? `${path}/${id}` : null;
}

/** What features learn of the other sections (provided in App.tsx). */
export const SECTIONS_INFO: SectionsInfo = { recordPath, trashTypes: TRASH_TYPES };
