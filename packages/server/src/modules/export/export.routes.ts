import type { Request, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../common/error-codes';
import type { HttpRuntime } from '../../common/module';
import type { Audience } from '../../common/principal';
import { assertMayRun } from './export-access';
import { exportDocument } from './export-document';
import { contentDisposition } from './export-file-name';
import { exportFormat } from './export-format';
import { exportColumns } from './export-lists';
import { ExportOutput } from './export-output';
import { exportRows } from './export-pages';
import { type ExportFormatName, readExportParams } from './export-params';

const FORMATS: readonly ExportFormatName[] = ['csv', 'json', 'ndjson'];

const noSuchExport = (file: string) =>
  new GraphQLError(`No export ${file}: /export/<list>.csv|json|ndjson of a list such as practices`, {
    extensions: { code: ErrorCode.NOT_FOUND, type: 'Export', id: file },
  });

/** `practices.csv` → the list's schema field, its columns and the format; anything else is a 404. */
function target(file: string, runtime: HttpRuntime) {
  const match = /^([A-Za-z]+)\.([a-z]+)$/.exec(file);
  const format = FORMATS.find((f) => f === match?.[2]);
  const list = match?.[1] ?? '';
  const field = runtime.schema.getQueryType()?.getFields()[list];
  const columns = exportColumns(list);
  if (!format || !field || !columns) throw noSuchExport(file);
  return { list, format, field, columns };
}

/**
 * `GET /export/<list>.csv|json|ndjson?<the list's arguments>`: the whole list as the caller may
 * read it, streamed page by page. Everything that can be refused is refused before the first
 * byte (a JSON error with its status); a failure after it cuts the connection, so a truncated
 * file is never mistaken for a complete one.
 */
export function mountExportRoutes(
  router: Router,
  runtime: HttpRuntime,
  policy: ReadonlyMap<string, readonly Audience[]>,
): void {
  router.get('/export/:file', async (req: Request, res: Response) => {
    try {
      const { list, format, field, columns } = target(String(req.params.file), runtime);
      const caller = await runtime.context(req, res);
      assertMayRun(policy, list, caller.principal);
      const params = readExportParams(req.query as Record<string, unknown>, field, format);
      const layout = exportFormat(format, params.separator);
      const query = {
        schema: runtime.schema,
        document: exportDocument(field, columns, Object.keys(params.variables)),
        variables: params.variables,
        columns,
      };
      const pages = exportRows(query, caller);
      // The first page before any header: a bad filter or a refused list is still a JSON error.
      let page = await pages.next();
      res.status(200).set({
        'Content-Type': layout.contentType,
        'Content-Disposition': contentDisposition(list, format),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      const out = new ExportOutput(res);
      await out.write(layout.start(columns));
      let first = true;
      while (!page.done && !out.closed) {
        await out.write(layout.rows(columns, page.value, first));
        first = first && page.value.length === 0;
        if (out.closed) break;
        page = await pages.next();
      }
      if (out.closed) {
        await pages.return(undefined);
        return;
      }
      await out.write(layout.end());
      res.end();
    } catch (error) {
      runtime.fail(req, res, error);
    }
  });
}
