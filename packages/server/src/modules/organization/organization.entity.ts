import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ContentEntity } from '../../common/base.entity';
import { Contact } from '../../common/contact';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { Municipality } from '../geography';
import { richTextDescription } from '../../common/rich-text';

export enum OrganizationKind {
  NGO = 'NGO',
  MUNICIPALITY = 'MUNICIPALITY',
  FOUNDATION = 'FOUNDATION',
  FUNDER = 'FUNDER',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
  ACADEMIC = 'ACADEMIC',
  BUSINESS = 'BUSINESS',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

@ObjectType({ description: 'An NGO, municipality, foundation, funder, agency, university or business.' })
// The list orders' expression indexes (migration ListOrderIndexes): kept out of migration:generate.
@Index('IDX_organization_order_name', { synchronize: false })
@Index('IDX_organization_order_created_at', { synchronize: false })
@Index('IDX_organization_order_updated_at', { synchronize: false })
@Entity()
export class Organization extends ContentEntity {
  @LocalizedField()
  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Field()
  @Index({ unique: true })
  @Column()
  slug: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Field(() => Contact)
  @Column(() => Contact)
  contact: Contact;

  @Index()
  @Column({ type: 'varchar', length: 5, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => Municipality, { nullable: true })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  @LocalizedField({ nullable: true, description: richTextDescription() })
  @Column({ type: 'jsonb', nullable: true })
  description: LocalizedText | null;
}
