import { pipeline } from 'node:stream/promises';
import type { Request, Response, Router } from 'express';
import { badInput, forbidden, notFound, unauthenticated } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { recordById } from '../../common/loaders';
import type { HttpRuntime } from '../../common/module';
import { hasRole, UserRole } from '../../common/principal';
import { ContentStatus } from '../../common/status';
import { OWNER_ENTITIES, ownerTypeOf } from './attachment-owners';
import type { Attachment } from './attachment.entity';
import { attachmentJson, attachmentPath } from './attachment-json';
import { contentDisposition } from './file-name';
import { ACCEPTED_TYPES } from './file-type';
import { readMultipart } from './multipart-upload';

/** Headers a browser must send itself (a form or an <img> on another site cannot): CSRF proof. */
export const CSRF_HEADERS = ['x-obmen-csrf', 'apollo-require-preflight'] as const;

function requireCsrfHeader(req: Request): void {
  if (!CSRF_HEADERS.some((name) => req.headers[name])) {
    throw forbidden(`Uploads need the header ${CSRF_HEADERS[0]}: 1 (protection against cross-site requests)`);
  }
}

const INLINE = new Set(ACCEPTED_TYPES.filter((t) => t.inline).map((t) => t.mediaType));

/** Only those who may edit practices and projects (updatePractice's policy: editors and admins). */
async function uploader(req: Request, res: Response, runtime: HttpRuntime) {
  requireCsrfHeader(req);
  const context = await runtime.context(req, res);
  if (context.principal.kind === 'public') throw unauthenticated('Sign in to upload files');
  if (!hasRole(context.principal, UserRole.EDITOR)) throw forbidden('Only editors and admins upload files');
  return context;
}

/**
 * POST /attachments (multipart: ownerType, ownerId, titleBg?, titleEn?, file) answers the new
 * attachment as JSON (201), with `warnings` when its text could not be read.
 * GET /attachments/<id>/<file name> sends the file to whoever may see its owner, else 404.
 */
export function attachmentRoutes(router: Router, runtime: HttpRuntime): void {
  const attachments = () => runtime.services.attachments;

  router.post('/attachments', async (req, res) => {
    try {
      const context = await uploader(req, res, runtime);
      const { fields, file } = await readMultipart(req, attachments().settings.maxBytes);
      const ownerType = ownerTypeOf(fields.ownerType);
      if (!ownerType) {
        throw badInput([
          { field: 'ownerType', message: 'ownerType must be Practice or Project', reason: 'invalid' },
        ]);
      }
      if (!file) throw badInput([{ field: 'file', message: 'Send a file', reason: 'isNotEmpty' }]);
      const { attachment, warnings } = await attachments().upload(
        {
          ownerType,
          ownerId: fields.ownerId ?? '',
          title: { bg: fields.titleBg, en: fields.titleEn },
          fileName: file.name,
          bytes: file.bytes,
        },
        context.actor,
      );
      res
        .status(201)
        .set('Cache-Control', 'no-store')
        .location(attachmentPath(attachment))
        .json({ ...attachmentJson(attachment), warnings });
    } catch (error) {
      runtime.fail(req, res, error);
    }
  });

  router.get('/attachments/:id/:name', async (req, res) => {
    try {
      const context = await runtime.context(req, res);
      const id = String(req.params.id);
      const attachment = isUuid(id) ? await attachments().find(id) : null;
      const owner =
        attachment &&
        (await recordById(context, OWNER_ENTITIES[attachment.ownerType]).load(attachment.ownerId));
      if (!attachment || !owner || req.params.name !== attachment.fileName) throw notFound('Attachment', id);
      const file = await attachments().store.get(attachment.storageKey);
      if (!file) throw notFound('Attachment', id);
      // A published owner's files are public: shared caches may keep them a few minutes.
      send(res, attachment, owner.status === ContentStatus.PUBLISHED);
      if (req.method === 'HEAD' || req.fresh) {
        file.body.destroy();
        res.status(req.fresh ? 304 : 200).end();
        return;
      }
      await pipeline(file.body, res);
    } catch (error) {
      runtime.fail(req, res, error);
    }
  });
}

/** The download's headers: its real type, never sniffed or run as a page, cached only when public. */
function send(res: Response, attachment: Attachment, shared: boolean): void {
  const disposition = INLINE.has(attachment.mediaType) ? 'inline' : 'attachment';
  res.set({
    'Content-Type': attachment.mediaType,
    'Content-Length': String(attachment.size),
    'Content-Disposition': contentDisposition(disposition, attachment.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-site',
    'Cache-Control': shared ? 'public, max-age=300' : 'private, no-store',
    ETag: `"${attachment.sha256}"`,
  });
}
