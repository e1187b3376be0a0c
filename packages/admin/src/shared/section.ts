/**
 * One section of the admin (list + form + history + trash), described once by its feature in
 * features/<x>/section.ts. app/sections.ts lists the descriptors, and the router, navigation,
 * Apollo cache keys, history routes, trash tabs and record links are folded from that list, so
 * adding a section is its folder and one line there. shared/ holds only the shape: the folds
 * live in app/, the only composition root.
 */
import type { Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { ContentType } from '../gql/graphql';
import type bg from '../i18n/bg.json';

/** A field of a revision people can read the name of: it has a label in `history.fields`. */
export type HistoryField = keyof (typeof bg)['history']['fields'];

/** How the history page shows a section's revisions. */
export interface SectionHistory {
  /**
   * The fields of the section's records (`contentType`) in the order its form shows them: a
   * revision's changed fields and its diff follow it, any other field after them by name.
   */
  fields: readonly HistoryField[];
}

/** A page of the section, loaded as its own chunk when its route is first visited. */
export interface SectionRoute<A extends string = string> {
  /** Relative to the root: 'practices/:id'; '' is the index route ("/"). */
  path: string;
  page: () => Promise<ComponentType>;
  /** Who may open it, when not the section's `action`. */
  action?: A;
}

export interface TrashType {
  type: ContentType;
  /** Personal data: only admins see it in the trash (the server refuses everyone else). */
  personal?: boolean;
}

export interface SectionDescriptor<A extends string = string> {
  /** Names the navigation entry's message (`nav.<key>`). */
  key: string;
  /** The list's address; records open at `<path>/<id>`. Absent for a section without pages. */
  path?: string;
  /** Who sees the section in the navigation and may open its pages. */
  action?: A;
  /** The navigation icon. */
  icon?: Icon;
  routes?: readonly SectionRoute<A>[];
  /** The type of the records edited at `<path>/<id>` (audit links, restored records). */
  contentType?: ContentType;
  /** Records keep revisions, shown at `<path>/<id>/history`. */
  history?: SectionHistory;
  /** Types the section puts in the trash, in the order of the trash's tabs. */
  trash?: readonly TrashType[];
  /** GraphQL types read per requested language, cached as `<Type>:<id>:<locale>`. */
  localizedTypes?: readonly string[];
  /** Parts of those with texts but no `localization` of their own: kept inside their parent. */
  embeddedLocalizedTypes?: readonly string[];
}
