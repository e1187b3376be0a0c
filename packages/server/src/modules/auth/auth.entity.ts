import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { RecordEntity } from '../../common/base.entity';
import { Locale } from '../../common/localized';
import { TokenScope, UserRole } from '../../common/principal';
// Types only, relations by entity name: these modules build on auth, so auth must not load them.
import type { Organization } from '../organization';
import type { PartnerNetwork } from '../partner-network';
import type { VolunteerProgramme } from '../volunteer';

export { TokenScope, UserRole };

/** A staff account. The password is kept only as an argon2id hash. */
@ObjectType()
@Entity()
export class User extends RecordEntity {
  @Field()
  @Index({ unique: true })
  @Column()
  email: string;

  @Field()
  @Column()
  name: string;

  /** Null until an invited user sets a password, and again after an admin's reset. */
  @Column({ type: 'varchar', nullable: true })
  passwordHash: string | null;

  @Field(() => Locale, {
    nullable: true,
    description: "The admin's language this user chose; null: not chosen.",
  })
  @Column({ type: 'varchar', length: 2, nullable: true })
  language: Locale | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When this user last signed in.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Field(() => [UserRole])
  @Column({ type: 'text', array: true })
  roles: UserRole[];

  @Field()
  @Column({ default: true })
  active: boolean;

  /** Programmes a coordinator coordinates: their volunteers are the only ones they see. */
  @ManyToMany('VolunteerProgramme')
  @JoinTable({
    name: 'user_programme',
    joinColumn: { name: 'user_id' },
    inverseJoinColumn: { name: 'programme_id' },
  })
  programmes?: Relation<VolunteerProgramme>[];
}

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@ObjectType()
@Entity()
export class Session {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column()
  tokenHash: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  @Field(() => GraphQLDateTime)
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  userAgent: string | null;
}

/** A partner site's read-only key. Shown once at creation; only its SHA-256 is stored. */
@ObjectType()
@Entity()
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Index({ unique: true })
  @Column()
  tokenHash: string;

  @Field({ description: 'The first characters of the token, to recognise it.' })
  @Column()
  prefix: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('Organization', { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne('PartnerNetwork', { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Relation<PartnerNetwork>;

  @Field(() => TokenScope)
  @Column({ type: 'enum', enum: TokenScope, enumName: 'token_scope', default: TokenScope.ALL_PUBLISHED })
  scope: TokenScope;

  @Field(() => Int, {
    nullable: true,
    description: 'Requests per minute it may send; null: the server default (OBMEN_TOKEN_QUOTA_PER_MINUTE).',
  })
  @Column({ type: 'int', nullable: true })
  quotaPerMinute: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Requests per day (UTC) it may send; null: the server default (OBMEN_TOKEN_QUOTA_PER_DAY).',
  })
  @Column({ type: 'int', nullable: true })
  quotaPerDay: number | null;

  @Field(() => [String], {
    description: 'Browser origins allowed to use it (CORS); empty: server-side use only.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedOrigins: string[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/**
 * A sign-in counter for one scope (an account and an address, or an address across accounts),
 * in the database so that every server sees it and an attempt is counted before its password is
 * checked (see login-throttle.ts).
 */
@Entity()
export class LoginAttempt {
  /** SHA-256 of the scope: the table holds no email address. */
  @PrimaryColumn()
  key: string;

  @Column({ type: 'int' })
  count: number;

  /** The counter starts again from zero after this moment. */
  @Index()
  @Column({ type: 'timestamptz' })
  windowEndsAt: Date;
}

/**
 * Requests counted in one window (a minute, a UTC day) for one caller: a partner token or a
 * public address (its keyed hash, never the address). In the database so that every server
 * counts into the same row (app/rate-limit.ts).
 */
@Entity()
export class RateCounter {
  @PrimaryColumn('text')
  key: string;

  /** Old windows are deleted by window_start (rate-limit.ts). */
  @Index()
  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  count: number;
}

/** Server-wide values that must survive restarts, e.g. the key that hashes client addresses. */
@Entity()
export class Setting {
  @PrimaryColumn()
  key: string;

  @Column()
  value: string;
}
