import { EDITORS } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { organization } from '../organization';
import { practice } from '../practice';
import { project } from '../project';
import { ImportItem, ImportJob, ImportSource } from './import.entity';
import { ImportResolver } from './import.resolver';
import { importRoutes } from './import.routes';
import { ImportService } from './import.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    imports: ImportService;
  }
}

/**
 * Bringing existing catalogues in: FLGR practice pages, ИСУН/UMIS project pages and spreadsheets,
 * as jobs that are previewed, then applied in the background (ImportWorker, started by
 * app/bootstrap.ts), idempotent and resumable. Editors only.
 */
export const importModule = defineModule({
  name: 'import',
  requires: [organization, practice, project],
  entities: [ImportJob, ImportItem, ImportSource],
  resolvers: [ImportResolver],
  policy: {
    Query: { importJob: EDITORS, importJobs: EDITORS },
    Mutation: { startImport: EDITORS, applyImport: EDITORS, cancelImport: EDITORS },
  },
  services: (s, { ds }) => ({ imports: new ImportService(ds, s) }),
  http: importRoutes,
});

export { ImportJob, ImportService };
export { ImportJobStatus, ImportKind, ImportOutcome } from './import.entity';
export { ImportWorker } from './import-worker';
export { readSourceFiles, runImport } from './import-cli';
