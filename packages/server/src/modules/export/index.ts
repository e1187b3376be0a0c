import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { geography } from '../geography';
import { nomination } from '../nomination';
import { organization } from '../organization';
import { partnerNetwork } from '../partner-network';
import { practice } from '../practice';
import { project } from '../project';
import { taxonomy } from '../taxonomy';
import { volunteer } from '../volunteer';
import { queryPolicy } from './export-access';
import { mountExportRoutes } from './export.routes';

/** The modules whose lists are exported: their manifests also say who may run each list. */
const LISTED = [
  audit,
  geography,
  nomination,
  organization,
  partnerNetwork,
  practice,
  project,
  taxonomy,
  volunteer,
];

/**
 * Any list of the API as a file: `GET /export/<list>.csv|json|ndjson`, with the list's filters and
 * the reader's visibility (each page runs the list through the schema), streamed in constant
 * memory. No tables, no GraphQL operations of its own.
 */
export const exportModule = defineModule({
  name: 'export',
  requires: LISTED,
  entities: [],
  resolvers: [],
  policy: {},
  http: (router, runtime) => mountExportRoutes(router, runtime, queryPolicy(LISTED)),
});

export { EXPORT_LISTS } from './export-lists';
