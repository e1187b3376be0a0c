import { registerEnumType } from 'type-graphql';

/** What a change did to a record; every CrudService records one with each revision. */
export enum RevisionAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  RESTORE = 'RESTORE',
}
registerEnumType(RevisionAction, { name: 'RevisionAction' });
