import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../../common/base.entity';

/**
 * A list's filters and order saved under a name by a staff member, for them alone or, shared,
 * for the whole team. Deleted for good: nothing else refers to a view.
 */
@ObjectType({ description: "A list's filters and order saved under a name (a saved view)." })
@Entity()
// Unique on (owner, list, lower(name)): an expression index (migration SavedViewNameAnyCase).
@Index('IDX_saved_view_owner_list_name', { synchronize: false })
@Index(['list'])
export class SavedView extends RecordEntity {
  @Field(() => ID, { description: 'The staff member who saved it.' })
  @Column('uuid')
  ownerId: string;

  // The table by name: auth's User is not loaded here, only referred to.
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: unknown;

  @Field({ description: 'The list it belongs to, e.g. practices, projects, organizations.' })
  @Column('varchar', { length: 40 })
  list: string;

  @Field()
  @Column('varchar', { length: 80 })
  name: string;

  @Field({
    description: "The list's query string without its page (no after/before), e.g. status=DRAFT&sort=title.",
  })
  @Column('text')
  query: string;

  @Field({ description: 'Shown to every staff member, not only its owner.' })
  @Column({ default: false })
  shared: boolean;
}
