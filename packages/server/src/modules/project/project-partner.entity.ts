import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { Organization } from '../organization';
import { Project } from './project.entity';

export enum ProjectPartnerRole {
  PARTNER = 'PARTNER',
  ASSOCIATE = 'ASSOCIATE',
  IMPLEMENTER = 'IMPLEMENTER',
  TRAINER = 'TRAINER',
  CO_FUNDER = 'CO_FUNDER',
}
registerEnumType(ProjectPartnerRole, { name: 'ProjectPartnerRole' });

/** "В партньорство с": an organization and its role in a project. */
@ObjectType()
@Entity()
export class ProjectPartner {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => ProjectPartnerRole)
  @Column({ type: 'enum', enum: ProjectPartnerRole, enumName: 'project_partner_role' })
  role: ProjectPartnerRole;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;
}

/** A document of a project: full text, report, leaflet. */
@ObjectType()
@Entity()
export class ProjectDocument {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @LocalizedField()
  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Field()
  @Column()
  url: string;

  @Column({ type: 'int' })
  position: number;
}
