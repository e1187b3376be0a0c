import { LocalDateScalar } from '../../common/scalars';

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, type Relation } from 'typeorm';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { Currency } from '../../common/money';
import { richTextDescription } from '../../common/rich-text';
import { TaggedContentEntity } from '../content';
import { Municipality } from '../geography';
import { Organization } from '../organization';
import type { Practice } from '../practice';
import { ServiceType, TargetGroup, Theme } from '../taxonomy';
// A type only: practice owns the relation and imports this file at runtime.

export interface ProgrammeItem {
  name: LocalizedText;
  description: LocalizedText | null;
}

/** Where a project's work stands, as public registers give it. */
export enum ImplementationStatus {
  CONTRACTED = 'CONTRACTED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(ImplementationStatus, { name: 'ImplementationStatus' });

@ObjectType({ description: 'A programme or activity of a project, in the order the project lists them.' })
export class ProjectProgramme {
  @LocalizedField()
  name: LocalizedText;

  @LocalizedField({ nullable: true })
  description: LocalizedText | null;
}

@ObjectType({ description: 'An NGO or municipal project: goals, programmes, budget, funder, partners.' })
// The list orders' expression indexes (migration ListOrderIndexes): kept out of migration:generate.
@Index('IDX_project_order_start_date', { synchronize: false })
@Index('IDX_project_order_title', { synchronize: false })
@Index('IDX_project_order_created_at', { synchronize: false })
@Index('IDX_project_order_updated_at', { synchronize: false })
@Entity()
export class Project extends TaggedContentEntity {
  @LocalizedField()
  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Field()
  @Index({ unique: true })
  @Column()
  slug: string;

  @LocalizedField({ nullable: true, description: richTextDescription() })
  @Column({ type: 'jsonb', nullable: true })
  summary: LocalizedText | null;

  @LocalizedField({ nullable: true, description: richTextDescription('Обща цел.') })
  @Column({ type: 'jsonb', nullable: true })
  generalGoal: LocalizedText | null;

  @LocalizedField({ list: true, description: 'Конкретни цели, in order.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  specificObjectives: LocalizedText[];

  @Field(() => [ProjectProgramme], { description: 'Programmes (Програма „…“), in order.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  programmes: ProgrammeItem[];

  @Field(() => [ProjectProgramme], { description: 'Main activities (Основни дейности), in order.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  activities: ProgrammeItem[];

  @LocalizedField({ list: true, description: 'Очаквани резултати, in order.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  expectedResults: LocalizedText[];

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  budgetAmount: string | null;

  @Column({ type: 'enum', enum: Currency, enumName: 'currency', nullable: true })
  budgetCurrency: Currency | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  funderId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'funder_id' })
  funder?: Organization;

  @LocalizedField({ nullable: true, description: 'e.g. ОП „Развитие на човешките ресурси“ 2014–2020.' })
  @Column({ type: 'jsonb', nullable: true })
  fundingProgramme: LocalizedText | null;

  @Field(() => ImplementationStatus, { nullable: true, description: 'How far the work is (ИСУН „Статус“).' })
  @Column({ type: 'enum', enum: ImplementationStatus, enumName: 'implementation_status', nullable: true })
  implementationStatus: ImplementationStatus | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the contract was signed or decided.' })
  @Column({ type: 'date', nullable: true })
  contractDate: string | null;

  /** The grant (безвъзмездна финансова помощ): the funder's part of the budget. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  grantAmount: string | null;

  @Column({ type: 'enum', enum: Currency, enumName: 'currency', nullable: true })
  grantCurrency: Currency | null;

  @Field(() => String, { nullable: true, description: 'Contract number, e.g. in ИСУН/UMIS.' })
  @Column({ type: 'varchar', nullable: true })
  referenceNumber: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  leadOrganizationId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'lead_organization_id' })
  leadOrganization?: Organization;

  @ManyToMany(() => Municipality)
  @JoinTable({
    name: 'project_municipality',
    joinColumn: { name: 'project_id' },
    inverseJoinColumn: { name: 'municipality_code', referencedColumnName: 'code' },
  })
  municipalities?: Municipality[];

  @ManyToMany(() => Theme)
  @JoinTable({
    name: 'project_theme',
    joinColumn: { name: 'project_id' },
    inverseJoinColumn: { name: 'theme_id' },
  })
  themes?: Theme[];

  @ManyToMany(() => TargetGroup)
  @JoinTable({
    name: 'project_target_group',
    joinColumn: { name: 'project_id' },
    inverseJoinColumn: { name: 'target_group_id' },
  })
  targetGroups?: TargetGroup[];

  @ManyToMany(() => ServiceType)
  @JoinTable({
    name: 'project_service_type',
    joinColumn: { name: 'project_id' },
    inverseJoinColumn: { name: 'service_type_id' },
  })
  serviceTypes?: ServiceType[];

  @ManyToMany('Practice', (practice: Practice) => practice.projects)
  practices?: Relation<Practice>[];
}

export const PROJECT_MUNICIPALITY = {
  table: 'project_municipality',
  ownerColumn: 'project_id',
  valueColumn: 'municipality_code',
};
export const PROJECT_THEME = { table: 'project_theme', ownerColumn: 'project_id', valueColumn: 'theme_id' };
export const PROJECT_TARGET_GROUP = {
  table: 'project_target_group',
  ownerColumn: 'project_id',
  valueColumn: 'target_group_id',
};
export const PROJECT_SERVICE_TYPE = {
  table: 'project_service_type',
  ownerColumn: 'project_id',
  valueColumn: 'service_type_id',
};
/** A project's junction tables to the taxonomies. */
export const PROJECT_TAGS = {
  theme: PROJECT_THEME,
  targetGroup: PROJECT_TARGET_GROUP,
  serviceType: PROJECT_SERVICE_TYPE,
};

/** SQL: each project's organizations, lead or partner (`project_id, organization_id`). */
export const PROJECT_ORGANIZATIONS =
  '(SELECT p2.id AS project_id, p2.lead_organization_id AS organization_id FROM project p2 ' +
  'UNION SELECT pp.project_id, pp.organization_id FROM project_partner pp)';
