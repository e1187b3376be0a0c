import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ContentEntity } from '../../common/base.entity';
import { LocalizedField, type LocalizedText } from '../../common/localized';

/** A term of a small bilingual vocabulary, addressed by a stable Latin slug. */
@ObjectType()
export abstract class TaxonomyTerm extends ContentEntity {
  @Field({ description: 'Stable Latin identifier, used in filters: themes: ["early-intervention"].' })
  @Index({ unique: true })
  @Column()
  slug: string;

  @LocalizedField()
  @Column({ type: 'jsonb' })
  label: LocalizedText;
}

@ObjectType({ description: 'What a practice or project is about, e.g. early intervention.' })
@Entity()
export class Theme extends TaxonomyTerm {}

@ObjectType({ description: 'Whom a practice or project serves, e.g. children at risk.' })
@Entity()
export class TargetGroup extends TaxonomyTerm {}
