import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { LocalizedField, type LocalizedText } from '../../common/localized';

/** What a file may be attached to; the values are the owners' GraphQL type (and search) names. */
export enum AttachmentOwnerType {
  PRACTICE = 'Practice',
  PROJECT = 'Project',
}
registerEnumType(AttachmentOwnerType, {
  name: 'AttachmentOwnerType',
  description: 'The kind of record a file is attached to.',
});

/**
 * A file attached to a practice or a project (Документ): a PDF, DOCX, ODT or image, kept in the
 * file store under `storageKey`, its text extracted at upload for the owner's search document.
 * Visible exactly when its owner is: the owner's trash hides it, the owner's purge deletes it.
 * Not to be confused with a project's `documents`, which are links.
 */
@ObjectType({ description: 'A file attached to a practice or a project (PDF, DOCX, ODT, image).' })
@Entity()
@Index(['ownerType', 'ownerId', 'position'])
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => AttachmentOwnerType)
  @Column({ type: 'varchar', length: 20 })
  ownerType: AttachmentOwnerType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  ownerId: string;

  @LocalizedField({ description: 'Defaults to the file name.' })
  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Field({ description: 'The uploaded file name, made safe for a path and a header.' })
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Field({ description: 'The type read from the content, e.g. application/pdf.' })
  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Column({ type: 'int' })
  size: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Where the file store keeps it; never shown. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  /** The extracted text, for the search only: read by its SQL, never by the entity's queries. */
  @Column({ type: 'text', nullable: true, select: false })
  extractedText?: string | null;

  @Field(() => Int, { description: 'Characters of text extracted for the search (0: none).' })
  @Column({ type: 'int', default: 0 })
  textLength: number;

  /** The user who uploaded it (null for the system). */
  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @Field(() => Int, { description: 'Order among the owner’s files, from 0.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back in update inputs: a stale version is refused.' })
  @VersionColumn()
  version: number;
}

/**
 * A stored file that may have no attachment row: written before an upload stores its file (due an
 * hour later, so an upload in flight is never swept), and by a purge or delete in its transaction
 * (due at once). The file store's delete runs after the commit and removes the row; a crash between
 * leaves the row, and the sweeper (attachment-sweeper.ts) deletes the file later. The database
 * decides what to delete, so a store shared by two databases never loses the other's files.
 */
@Entity()
export class AttachmentSweep {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  storageKey: string;

  @Index()
  @Column({ type: 'timestamptz' })
  dueAt: Date;
}
