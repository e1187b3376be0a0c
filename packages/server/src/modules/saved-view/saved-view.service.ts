import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { conflict, forbidden, notFound, Reason } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { type Actor, type Principal, UserRole, hasRole, userId } from '../../common/principal';
import { inTransaction } from '../../common/transaction';
import { SavedView } from './saved-view.entity';
import type { CreateSavedViewInput, SavedViewsArgs, UpdateSavedViewInput } from './saved-view.inputs';
import { checkedFields } from './saved-view.rules';

/** Staff members' saved views: their own, and those others share, per list. */
export class SavedViewService {
  constructor(private readonly ds: DataSource) {}

  /** My views of the list and the ones others share, by name. */
  list(args: SavedViewsArgs, principal: Principal) {
    checkedFields({ list: args.list });
    const query = this.ds
      .getRepository(SavedView)
      .createQueryBuilder('view')
      .where('view.list = :list', { list: args.list })
      .andWhere('(view.owner_id = :owner OR view.shared)', { owner: ownerOf(principal) });
    return paginate(query, { expression: 'view.name', sqlType: 'text', direction: SortDirection.ASC }, args);
  }

  create(input: CreateSavedViewInput, actor: Actor): Promise<SavedView> {
    const ownerId = ownerOf(actor.principal);
    const { name, query } = checkedFields(input);
    return inTransaction(this.ds, undefined, async (manager) => {
      const view = manager.create(SavedView, {
        ownerId,
        list: input.list,
        name,
        query,
        shared: input.shared ?? false,
      });
      return saveNamed(manager, view);
    });
  }

  update(input: UpdateSavedViewInput, actor: Actor): Promise<SavedView> {
    const { name, query } = checkedFields(input);
    return inTransaction(this.ds, undefined, async (manager) => {
      const view = await this.ownLocked(manager, input.id, actor.principal, false);
      if (view.version !== input.version) {
        throw conflict(`Saved view ${view.id} was changed meanwhile (now version ${view.version})`, {
          currentVersion: view.version,
        });
      }
      if (name != null) view.name = name;
      if (query != null) view.query = query;
      if (input.shared != null) view.shared = input.shared;
      return saveNamed(manager, view);
    });
  }

  /** The owner deletes a view; an admin may also delete one someone shared. */
  delete(id: string, actor: Actor): Promise<SavedView> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const view = await this.ownLocked(manager, id, actor.principal, true);
      const gone = { ...view };
      await manager.delete(SavedView, { id: view.id });
      return Object.assign(new SavedView(), gone);
    });
  }

  /**
   * A view the caller may change: another's private view is NOT_FOUND (its existence is not
   * told); another's shared view, which the caller sees, is FORBIDDEN — unless an admin deletes it.
   */
  private async ownLocked(
    manager: EntityManager,
    id: string,
    principal: Principal,
    deleting: boolean,
  ): Promise<SavedView> {
    const owner = ownerOf(principal);
    const view = isUuid(id)
      ? await manager.findOne(SavedView, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!view || (view.ownerId !== owner && !view.shared)) throw notFound('SavedView', id);
    if (view.ownerId === owner) return view;
    if (deleting && hasRole(principal, UserRole.ADMIN)) return view;
    throw forbidden(
      deleting ? 'Only its owner or an admin deletes a shared view' : 'Only its owner changes a view',
    );
  }
}

/** Views belong to people: the policy lets only staff through, so a user is always there. */
function ownerOf(principal: Principal): string {
  const id = userId(principal);
  if (!id) throw forbidden('Saved views belong to staff members');
  return id;
}

/** The unique index on (owner, list, lower(name)). */
const NAME_INDEX = 'IDX_saved_view_owner_list_name';

/** Saves a view once its name is free; a save that raced past the check meets the index. */
async function saveNamed(manager: EntityManager, view: SavedView): Promise<SavedView> {
  await refuseTakenName(manager, view);
  try {
    return await manager.save(view);
  } catch (error) {
    const constraint =
      error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint;
    throw constraint === NAME_INDEX ? nameTaken(view) : error;
  }
}

const nameTaken = (view: SavedView) =>
  conflict(`You already have a view named ${view.name}`, {
    reason: Reason.taken,
    field: 'name',
    args: { value: view.name },
  });

/** The same name twice for one list of one person (letter case aside) would be ambiguous. */
async function refuseTakenName(manager: EntityManager, view: SavedView): Promise<void> {
  const taken = await manager
    .getRepository(SavedView)
    .createQueryBuilder('view')
    .where('view.owner_id = :owner AND view.list = :list', { owner: view.ownerId, list: view.list })
    .andWhere('lower(view.name) = lower(:name)', { name: view.name })
    .andWhere(view.id ? 'view.id <> :id' : 'TRUE', { id: view.id })
    .getExists();
  if (taken) throw nameTaken(view);
}
