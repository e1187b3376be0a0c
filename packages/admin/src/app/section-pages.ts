/**
 * The routes of every section's pages, folded from the section descriptors (router.tsx puts them
 * under their permission guards). Plain data, so sections.spec.ts checks it against the lists.
 */
import { createElement } from 'react';
import type { RouteObject } from 'react-router';
import type { Action } from '../features/auth';
import { loadRecordHistoryPage } from '../features/history/history-page';
import type { SectionRoute } from '../shared/section';
import { HISTORY_ACTION, HISTORY_SECTIONS, SECTIONS } from './sections';

export interface Page {
  action: Action;
  route: RouteObject;
}

const lazyRoute = ({ path, page }: SectionRoute<Action>): RouteObject => {
  const lazy = () => page().then((Component) => ({ Component }));
  return path === '' ? { index: true, lazy } : { path, lazy };
};

/** Every section's pages, then a history page per section with revisions. */
export const SECTION_PAGES: readonly Page[] = [
  ...SECTIONS.flatMap((section): Page[] =>
    'routes' in section
      ? section.routes.map((route: SectionRoute<Action>) => ({
          action: route.action ?? section.action,
          route: lazyRoute(route),
        }))
      : [],
  ),
  ...HISTORY_SECTIONS.map(({ path, contentType, fields }) => ({
    action: HISTORY_ACTION,
    route: {
      path: `${path.slice(1)}/:id/history`,
      lazy: () =>
        loadRecordHistoryPage().then((RecordHistoryPage) => ({
          Component: () => createElement(RecordHistoryPage, { entityType: contentType, path, fields }),
        })),
    },
  })),
];
