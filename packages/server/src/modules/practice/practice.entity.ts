import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { Contact } from '../../common/contact';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { richTextDescription } from '../../common/rich-text';
import { TaggedContentEntity } from '../content';
import { Municipality } from '../geography';
import { Organization } from '../organization';
import { Project } from '../project';
import { ServiceType, TargetGroup, Theme } from '../taxonomy';

/** Who proposed a practice from the public form; personal data for moderators only. */
export class Proposal {
  @Column({ type: 'varchar', nullable: true })
  name: string | null;

  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ type: 'varchar', nullable: true })
  organization: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  senderHash: string | null;

  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;
}

@ObjectType({ description: 'An innovative practice (иновационна практика), as FLGR publishes them.' })
// The list orders' expression indexes (migration ListOrderIndexes): kept out of migration:generate.
@Index('IDX_practice_order_published_at', { synchronize: false })
@Index('IDX_practice_order_title', { synchronize: false })
@Index('IDX_practice_order_period_from', { synchronize: false })
@Index('IDX_practice_order_created_at', { synchronize: false })
@Index('IDX_practice_order_updated_at', { synchronize: false })
@Entity()
export class Practice extends TaggedContentEntity {
  @LocalizedField()
  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Field({ description: 'Latin, transliterated from the Bulgarian title.' })
  @Index({ unique: true })
  @Column()
  slug: string;

  @LocalizedField({ nullable: true, description: richTextDescription() })
  @Column({ type: 'jsonb', nullable: true })
  summary: LocalizedText | null;

  @LocalizedField({ nullable: true, description: richTextDescription('Предистория.') })
  @Column({ type: 'jsonb', nullable: true })
  background: LocalizedText | null;

  @LocalizedField({ nullable: true, description: richTextDescription('Практика: what was done.') })
  @Column({ type: 'jsonb', nullable: true })
  practice: LocalizedText | null;

  @LocalizedField({ nullable: true, description: richTextDescription('Резултати.') })
  @Column({ type: 'jsonb', nullable: true })
  results: LocalizedText | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String, { nullable: true, description: 'Who published it (Иноватор), e.g. "ros".' })
  @Column({ type: 'varchar', nullable: true })
  innovator: string | null;

  @Field(() => Contact)
  @Column(() => Contact)
  contact: Contact;

  /** Set when the public proposed it ("Добавете иновация"); contact of the proposer. */
  @Column(() => Proposal)
  proposal: Proposal;

  @ManyToMany(() => Municipality)
  @JoinTable({
    name: 'practice_municipality',
    joinColumn: { name: 'practice_id' },
    inverseJoinColumn: { name: 'municipality_code', referencedColumnName: 'code' },
  })
  municipalities?: Municipality[];

  @ManyToMany(() => Theme)
  @JoinTable({
    name: 'practice_theme',
    joinColumn: { name: 'practice_id' },
    inverseJoinColumn: { name: 'theme_id' },
  })
  themes?: Theme[];

  @ManyToMany(() => TargetGroup)
  @JoinTable({
    name: 'practice_target_group',
    joinColumn: { name: 'practice_id' },
    inverseJoinColumn: { name: 'target_group_id' },
  })
  targetGroups?: TargetGroup[];

  @ManyToMany(() => ServiceType)
  @JoinTable({
    name: 'practice_service_type',
    joinColumn: { name: 'practice_id' },
    inverseJoinColumn: { name: 'service_type_id' },
  })
  serviceTypes?: ServiceType[];

  @ManyToMany(() => Project, (project) => project.practices)
  @JoinTable({
    name: 'practice_project',
    joinColumn: { name: 'practice_id' },
    inverseJoinColumn: { name: 'project_id' },
  })
  projects?: Project[];
}

export const PRACTICE_MUNICIPALITY = {
  table: 'practice_municipality',
  ownerColumn: 'practice_id',
  valueColumn: 'municipality_code',
};
export const PRACTICE_THEME = {
  table: 'practice_theme',
  ownerColumn: 'practice_id',
  valueColumn: 'theme_id',
};
export const PRACTICE_TARGET_GROUP = {
  table: 'practice_target_group',
  ownerColumn: 'practice_id',
  valueColumn: 'target_group_id',
};
export const PRACTICE_SERVICE_TYPE = {
  table: 'practice_service_type',
  ownerColumn: 'practice_id',
  valueColumn: 'service_type_id',
};
/** A practice's junction tables to the taxonomies. */
export const PRACTICE_TAGS = {
  theme: PRACTICE_THEME,
  targetGroup: PRACTICE_TARGET_GROUP,
  serviceType: PRACTICE_SERVICE_TYPE,
};
