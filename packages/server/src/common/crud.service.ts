import type { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import type { ClassType } from 'type-graphql';
import type { RecordEntity } from './base.entity';
import { conflict, notFound } from './errors';
import { inTransaction } from './transaction';
import { isUuid } from './ids';

export interface UpdateInputBase {
  id: string;
  version: number;
}

/**
 * Create, update and soft-delete for one entity type, each in one transaction. Subclasses
 * hold the rules: `assign` copies and checks input, `afterSave` writes child rows.
 */
export abstract class CrudService<E extends RecordEntity, C extends object, U extends UpdateInputBase> {
  protected abstract readonly entity: ClassType<E>;

  constructor(protected readonly ds: DataSource) {}

  protected get typeName(): string {
    return this.entity.name;
  }

  protected abstract assign(manager: EntityManager, record: E, input: C | U, isNew: boolean): Promise<void>;

  protected async afterSave(_manager: EntityManager, _record: E, _input: C | U): Promise<void> {
    // Entities without child rows have nothing to write.
  }

  async findById(id: string): Promise<E | null> {
    if (!isUuid(id)) return null;
    return this.ds.getRepository(this.entity).findOneBy({ id } as FindOptionsWhere<E>);
  }

  /** For entities with a unique `slug` column. */
  async findBySlug(slug: string): Promise<E | null> {
    return this.ds.getRepository(this.entity).findOneBy({ slug } as unknown as FindOptionsWhere<E>);
  }

  async getById(id: string): Promise<E> {
    const record = await this.findById(id);
    if (!record) throw notFound(this.typeName, id);
    return record;
  }

  /** Pass `within` to take part in a caller's transaction (e.g. loading demo content). */
  create(input: C, within?: EntityManager): Promise<E> {
    return inTransaction(this.ds, within, async (manager) => {
      const record = manager.create(this.entity);
      await this.assign(manager, record, input, true);
      const saved = await manager.save(record);
      await this.afterSave(manager, saved, input);
      return saved;
    });
  }

  update(input: U, within?: EntityManager): Promise<E> {
    return inTransaction(this.ds, within, async (manager) => {
      const record = await this.lockCurrent(manager, input.id, input.version);
      await this.assign(manager, record, input, false);
      const saved = await manager.save(record);
      await this.afterSave(manager, saved, input);
      return saved;
    });
  }

  delete(id: string, version?: number | null): Promise<E> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const record = await this.lockCurrent(manager, id, version);
      return manager.softRemove(record);
    });
  }

  /** Reads the row under a write lock, so a parallel save waits and then sees the new version. */
  protected async lockCurrent(manager: EntityManager, id: string, version?: number | null): Promise<E> {
    if (!isUuid(id)) throw notFound(this.typeName, id);
    const record = await manager.findOne(this.entity, {
      where: { id } as FindOptionsWhere<E>,
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) throw notFound(this.typeName, id);
    if (version != null && record.version !== version) {
      throw conflict(`${this.typeName} ${id} was changed by someone else (now version ${record.version})`, {
        currentVersion: record.version,
      });
    }
    return record;
  }
}
