import type { ModuleManifest } from '../common/module';
import { attachment } from '../modules/attachment';
import { audit } from '../modules/audit';
import { auth } from '../modules/auth';
import { content } from '../modules/content';
import { exportModule } from '../modules/export';
import { revision } from '../modules/revision';
import { search } from '../modules/search';
import { searchIndex } from '../modules/search-index';
import { geography } from '../modules/geography';
import { importModule } from '../modules/import';
import { indicator } from '../modules/indicator';
import { nomination } from '../modules/nomination';
import { organization } from '../modules/organization';
import { persistedQuery } from '../modules/persisted-query';
import { partnerNetwork } from '../modules/partner-network';
import { practice } from '../modules/practice';
import { project } from '../modules/project';
import { responseCache } from '../modules/response-cache';
import { savedView } from '../modules/saved-view';
import { statistics } from '../modules/statistics';
import { taxonomy } from '../modules/taxonomy';
import { volunteer } from '../modules/volunteer';
import { webhook } from '../modules/webhook';

/**
 * Every module, in the order their services are built: each gets the services of the ones
 * before it. The one list app/ folds into entities, schema, policy, services, the editorial
 * registry, the scheduler and start-up work; adding a module = one line here.
 */
export const MODULES = [
  audit,
  auth,
  persistedQuery,
  revision,
  geography,
  searchIndex,
  organization,
  taxonomy,
  indicator,
  content,
  partnerNetwork,
  project,
  practice,
  attachment,
  search,
  nomination,
  webhook,
  importModule,
  volunteer,
  statistics,
  responseCache,
  exportModule,
  savedView,
] as const satisfies readonly ModuleManifest[];

/** The data source's entities: every module's tables. */
export const ENTITIES = MODULES.flatMap((m) => m.entities);

/**
 * `modules` and every module they require, transitively, in the order of MODULES: a server of
 * only these builds (a test boots only what its module needs). A module not in MODULES is refused.
 */
export function withRequirements(modules: readonly ModuleManifest[]): readonly ModuleManifest[] {
  const wanted = new Set<ModuleManifest>();
  const add = (module: ModuleManifest): void => {
    if (wanted.has(module)) return;
    if (!(MODULES as readonly ModuleManifest[]).includes(module)) {
      throw new Error(`Module ${module.name} is not listed in app/modules.ts`);
    }
    wanted.add(module);
    module.requires?.forEach(add);
  };
  modules.forEach(add);
  return MODULES.filter((m) => wanted.has(m));
}
