import { LocalDateScalar } from '../../common/scalars';

import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContentEntity } from '../../common/base.entity';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { Organization } from '../organization';
import { richTextDescription } from '../../common/rich-text';

export enum NetworkScope {
  MUNICIPAL = 'MUNICIPAL',
  REGIONAL = 'REGIONAL',
  NATIONAL = 'NATIONAL',
}
registerEnumType(NetworkScope, { name: 'NetworkScope' });

export enum MembershipRole {
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}
registerEnumType(MembershipRole, { name: 'MembershipRole' });

/** A network of organizations, e.g. "Клуб на НСО – Търговище" uniting the district's NGOs. */
@ObjectType()
@Entity()
export class PartnerNetwork extends ContentEntity {
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

  @Field(() => NetworkScope)
  @Column({ type: 'enum', enum: NetworkScope, enumName: 'network_scope' })
  scope: NetworkScope;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  coordinatorId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'coordinator_id' })
  coordinator?: Organization;
}

/** An organization's membership in a network over time. */
@ObjectType()
@Entity()
@Index(['networkId', 'organizationId', 'joinedOn'], { unique: true })
export class NetworkMembership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => PartnerNetwork, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: PartnerNetwork;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => MembershipRole)
  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role', default: MembershipRole.MEMBER })
  role: MembershipRole;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  joinedOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  leftOn: string | null;
}
