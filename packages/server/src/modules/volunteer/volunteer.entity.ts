import { LocalDateScalar } from '../../common/scalars';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { PublishableEntity, RecordEntity } from '../../common/base.entity';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { DecimalScalar } from '../../common/scalars';
import { Municipality } from '../geography';
import { Organization } from '../organization';
import { Project } from '../project';
import { richTextDescription } from '../../common/rich-text';

export enum VettingStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(VettingStatus, { name: 'VettingStatus' });

/** A volunteer scheme, e.g. „Голям брат / голяма сестра“. */
@ObjectType()
@Entity()
export class VolunteerProgramme extends PublishableEntity {
  @LocalizedField()
  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Field()
  @Index({ unique: true })
  @Column()
  slug: string;

  @LocalizedField({ nullable: true, description: richTextDescription() })
  @Column({ type: 'jsonb', nullable: true })
  description: LocalizedText | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { nullable: true })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @ManyToMany(() => Municipality)
  @JoinTable({
    name: 'volunteer_programme_municipality',
    joinColumn: { name: 'programme_id' },
    inverseJoinColumn: { name: 'municipality_code', referencedColumnName: 'code' },
  })
  municipalities?: Municipality[];
}

export const PROGRAMME_MUNICIPALITY = {
  table: 'volunteer_programme_municipality',
  ownerColumn: 'programme_id',
  valueColumn: 'municipality_code',
};

/**
 * A person who volunteers. Contact details are personal data (GDPR): they live on the
 * separate `VolunteerContact` type so access control can guard them in one place.
 */
@ObjectType()
@Entity()
export class Volunteer extends RecordEntity {
  @Field()
  @Column()
  name: string;

  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ type: 'varchar', nullable: true })
  phone: string | null;

  @Index()
  @Column({ type: 'varchar', length: 5, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => Municipality, { nullable: true })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  availability: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the volunteer consented to processing (GDPR).',
  })
  @Column({ type: 'timestamptz', nullable: true })
  consentGivenAt: Date | null;

  @Field(() => VettingStatus)
  @Column({
    type: 'enum',
    enum: VettingStatus,
    enumName: 'vetting_status',
    default: VettingStatus.NOT_STARTED,
  })
  vettingStatus: VettingStatus;
}

@ObjectType({ description: 'Personal data of a volunteer.' })
export class VolunteerContact {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

/** A volunteer's part in a programme, with the hours logged. */
@ObjectType()
@Entity()
export class VolunteerAssignment extends RecordEntity {
  @Index()
  @Column({ type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => VolunteerProgramme)
  @JoinColumn({ name: 'programme_id' })
  programme?: VolunteerProgramme;

  @Field()
  @Column()
  role: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  hoursLogged: string;
}
