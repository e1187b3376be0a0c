import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Addresses moderators blocked for spam, by keyed hash (the address itself is not kept). */
@Entity()
export class BlockedSender {
  @PrimaryColumn()
  ipHash: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  blockedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Proof-of-work challenges already solved once: a replay is refused until they expire. */
@Entity()
export class SpentChallenge {
  @PrimaryColumn()
  signature: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
