import type { Request, Response, Router } from 'express';
import { forbidden, notFound, unauthenticated } from '../../common/errors';
import type { HttpRuntime } from '../../common/module';
import { hasRole, UserRole } from '../../common/principal';
import { spreadsheetTemplate, type SpreadsheetKind } from './sources/spreadsheet';

/** The template files by their address: the plural a person reads in the link. */
const TEMPLATES: Readonly<Record<string, SpreadsheetKind>> = {
  'organizations.csv': 'organization',
  'practices.csv': 'practice',
  'projects.csv': 'project',
};

/** Who may import may download the templates: editors and admins, as startImport's policy says. */
async function importer(req: Request, res: Response, runtime: HttpRuntime): Promise<void> {
  const { principal } = await runtime.context(req, res);
  if (principal.kind === 'public') throw unauthenticated('Sign in to download import templates');
  if (!hasRole(principal, UserRole.EDITOR)) throw forbidden('Only editors and admins import');
}

/**
 * `GET /import/templates/<organizations|practices|projects>.csv`: the spreadsheet an editor fills in
 * for the CSV import (UTF-8 with BOM, `;`, the header and one example row), so the admin links to a
 * file instead of describing the columns. Anything else under /import/templates is a 404.
 */
export function importRoutes(router: Router, runtime: HttpRuntime): void {
  router.get('/import/templates/:file', async (req, res) => {
    try {
      await importer(req, res, runtime);
      const file = String(req.params.file);
      const kind = Object.hasOwn(TEMPLATES, file) ? TEMPLATES[file] : undefined;
      if (!kind) throw notFound('ImportTemplate', file);
      const name = `obmen-${file.replace(/\.csv$/, '')}-template.csv`;
      res
        .status(200)
        .set({
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}"`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .send(spreadsheetTemplate(kind));
    } catch (error) {
      runtime.fail(req, res, error);
    }
  });
}
