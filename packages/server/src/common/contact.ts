import { IsEmail, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';

/** Public contact details of an organization or a practice (embedded columns `contact_*`). */
@ObjectType()
export class Contact {
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  person: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  website: string | null;
}

@InputType()
export class ContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  person?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'website must be a URL starting with http:// or https://' })
  website?: string | null;
}

export function toContact(input: ContactInput | null | undefined): Contact {
  const contact = new Contact();
  contact.person = input?.person?.trim() || null;
  contact.address = input?.address?.trim() || null;
  contact.phone = input?.phone?.trim() || null;
  contact.email = input?.email?.trim().toLowerCase() || null;
  contact.website = input?.website?.trim() || null;
  return contact;
}
