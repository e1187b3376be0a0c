import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from './auth.entity';

/** What a one-time link is for: an invited user's first password, or a new one after an admin's reset. */
export enum AccountTokenKind {
  INVITATION = 'INVITATION',
  RESET = 'RESET',
}

/**
 * A one-time link's secret, as its SHA-256 only: the link itself is e-mailed or shown to the admin
 * once and never stored, so a copy of the database cannot be used to take over an account.
 */
@Entity()
export class AccountToken {
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

  @Column({ type: 'enum', enum: AccountTokenKind, enumName: 'account_token_kind' })
  kind: AccountTokenKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the link is used, or when a newer link for the same user replaces it. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
