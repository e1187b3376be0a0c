import type { Context } from '../../app/context';
import { byIdLoader } from '../../common/loaders';
import { Organization } from './organization.entity';

/** One per request, shared by every field that points at an organization. */
export const organizationById = (ctx: Context) =>
  ctx.loaders.get('organization.byId', () => byIdLoader(ctx.dataSource, Organization));
