import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { IdArg, VersionArg } from '../../common/args';
import type { Context } from '../../common/context';
import { Practice } from '../practice';
import { Project } from '../project';
import { attachmentPath } from './attachment-json';
import { Attachment, AttachmentOwnerType } from './attachment.entity';
import { UpdateAttachmentInput } from './attachment.inputs';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, {
    description: 'Where the file is downloaded (a path on this server): for whoever may see its owner.',
  })
  url(@Root() attachment: Attachment): string {
    return attachmentPath(attachment);
  }

  @Mutation(() => Attachment, { description: 'Renames or moves a file among its owner’s files.' })
  updateAttachment(@Arg('input') input: UpdateAttachmentInput, @Ctx() ctx: Context) {
    return ctx.services.attachments.update(input, ctx.actor);
  }

  @Mutation(() => Attachment, {
    description: 'Deletes a file for good (its row now, the stored file after).',
  })
  deleteAttachment(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
    return ctx.services.attachments.delete(id, version, ctx.actor);
  }
}

const FILES = 'Files attached to it (PDF, DOCX, ODT, images), in order; its `documents` are links.';

@Resolver(() => Practice)
export class PracticeAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: FILES })
  attachments(@Root() practice: Practice, @Ctx() ctx: Context) {
    return ctx.services.attachments.ofOwners(ctx, AttachmentOwnerType.PRACTICE).load(practice.id);
  }
}

@Resolver(() => Project)
export class ProjectAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: FILES })
  attachments(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.services.attachments.ofOwners(ctx, AttachmentOwnerType.PROJECT).load(project.id);
  }
}
