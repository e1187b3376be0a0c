import { Field, Int, ObjectType } from 'type-graphql';
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

  @Field(() => Int, {
    description: "Place in the editors' order (1 first); lists sort by it, then by Bulgarian label.",
  })
  @Column({ type: 'int', default: 0 })
  position: number;
}

@ObjectType({ description: 'What a practice or project is about, e.g. early intervention.' })
@Entity()
export class Theme extends TaxonomyTerm {}

@ObjectType({ description: 'Whom a practice or project serves, e.g. children at risk.' })
@Entity()
export class TargetGroup extends TaxonomyTerm {}

@ObjectType({
  description:
    'A kind of social service (Social Services Act, art. 15, and the services as commonly named), e.g. day care.',
})
@Entity()
export class ServiceType extends TaxonomyTerm {}

@ObjectType({ description: 'How many practices and projects (not in the trash, any status) carry a term.' })
export class TermUsage {
  @Field(() => Int)
  practices: number;

  @Field(() => Int)
  projects: number;
}
