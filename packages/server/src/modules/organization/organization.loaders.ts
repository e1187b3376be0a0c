import type { Context } from '../../common/context';
import { recordById } from '../../common/loaders';
import { Organization } from './organization.entity';

/** Every field that points at an organization, batched; one in the trash is null. */
export const organizationById = (ctx: Context) => recordById(ctx, Organization);
