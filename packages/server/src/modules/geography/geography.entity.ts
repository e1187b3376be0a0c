import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'One of the 28 districts (области), by NSI code.' })
@Entity()
export class District {
  @Field(() => ID, { description: 'NSI district code, e.g. PDV.' })
  @PrimaryColumn({ type: 'varchar', length: 3 })
  code: string;

  @Field({ description: 'Official Bulgarian name.' })
  @Column()
  nameBg: string;

  @Field({ description: 'Latin name by the Transliteration Act.' })
  @Column()
  nameEn: string;

  @Field()
  @Column({ type: 'varchar', length: 4 })
  nuts2: string;

  @Field()
  @Column({ type: 'varchar', length: 5 })
  nuts3: string;

  @Field({ description: 'EKATTE code of the district centre.' })
  @Column({ type: 'varchar', length: 5 })
  centreEkatte: string;
}

@ObjectType({ description: 'One of the 265 municipalities (общини), by NSI code.' })
@Entity()
export class Municipality {
  @Field(() => ID, { description: 'NSI municipality code, e.g. PDV26.' })
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Field()
  @Column()
  nameBg: string;

  @Field()
  @Column()
  nameEn: string;

  @Index()
  @Column({ type: 'varchar', length: 3 })
  districtCode: string;

  @ManyToOne(() => District)
  @JoinColumn({ name: 'district_code' })
  district?: District;

  @Field()
  @Column({ type: 'varchar', length: 4 })
  nuts2: string;

  @Field()
  @Column({ type: 'varchar', length: 5 })
  nuts3: string;

  @Field()
  @Column({ type: 'varchar', length: 5 })
  centreEkatte: string;

  @Field(() => [String], { description: 'Informal names texts use, e.g. "Хисар" for Хисаря.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];
}
