import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { RecordEntity } from '../../common/base.entity';
import type { Principal } from '../../common/principal';
import type { RecordDraft, SourceProblem } from './import.types';

export enum ImportKind {
  FLGR = 'FLGR',
  ISUN = 'ISUN',
  CSV = 'CSV',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'FLGR practice pages, ИСУН/UMIS project pages, or spreadsheets (CSV).',
});

/** A job is planned (the preview), then applied on request; a dry run stops at the preview. */
export enum ImportJobStatus {
  PLANNING = 'PLANNING',
  PLANNED = 'PLANNED',
  APPLYING = 'APPLYING',
  APPLIED = 'APPLIED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}
registerEnumType(ImportJobStatus, { name: 'ImportJobStatus' });

export enum ImportOutcome {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  /** The source changed what an editor had also changed: the editor's text is kept. */
  CONFLICT = 'CONFLICT',
  REFUSED = 'REFUSED',
}
registerEnumType(ImportOutcome, { name: 'ImportOutcome' });

@ObjectType({ description: 'How many items of a job have each outcome.' })
export class ImportCounts {
  @Field(() => Int) create: number;
  @Field(() => Int) update: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) conflict: number;
  @Field(() => Int) refused: number;
}

@ObjectType({ description: 'An import of source files: its preview, then its application.' })
@Entity()
export class ImportJob extends RecordEntity {
  @Field(() => ImportKind)
  @Column({ type: 'enum', enum: ImportKind, enumName: 'import_kind' })
  kind: ImportKind;

  @Field(() => ImportJobStatus)
  @Index()
  @Column({ type: 'enum', enum: ImportJobStatus, enumName: 'import_job_status' })
  status: ImportJobStatus;

  @Field({ description: 'New records are published at once (else drafts).' })
  @Column({ default: false })
  publish: boolean;

  @Field(() => [String], { description: 'The files, as given.' })
  @Column('text', { array: true })
  files: string[];

  @Field(() => Int, { description: 'Items (records) found in the files.' })
  @Column('int', { default: 0 })
  total: number;

  @Field(() => Int, { description: 'Items planned, or applied while applying: the progress.' })
  @Column('int', { default: 0 })
  processed: number;

  @Field(() => ImportCounts)
  // No column default: the database prints a jsonb default differently from how it was given.
  @Column('jsonb')
  counts: ImportCounts;

  /** Whole files that could not be read, with why. */
  @Field(() => [ImportFileProblem])
  @Column('jsonb', { default: () => "'[]'" })
  refusedFiles: ImportFileProblem[];

  /** Who started it: its writes are recorded under them, with the rights they had. */
  @Column('jsonb')
  startedBy: Principal;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the job failed.' })
  @Column('text', { nullable: true })
  error: string | null;

  /** A worker holds the job until then (another server takes over after it). */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}

@ObjectType()
export class ImportFileProblem {
  @Field() origin: string;
  @Field(() => [ImportProblem]) problems: ImportProblem[];
}

@ObjectType({ description: 'Something the report says about an item; `reason` + `args` are for wording it.' })
export class ImportProblem implements SourceProblem {
  @Field() reason: string;
  @Field() message: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) args?: Record<string, string | number>;
  @Field() severity: 'error' | 'warning';
}

@ObjectType({ description: 'One record of a job: what it would do (planned) or did (applied).' })
@Entity()
@Index(['jobId', 'position'], { unique: true })
export class ImportItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  jobId: string;

  @Field(() => Int)
  @Column('int')
  position: number;

  @Field({ description: 'The file (and part) it came from.' })
  @Column('text')
  origin: string;

  @Field(() => String, { nullable: true, description: 'Its identity in the source, e.g. isun:BG05…' })
  @Column('text', { nullable: true })
  sourceKey: string | null;

  @Field({ description: 'Practice, Project or Organization.' })
  @Column('varchar')
  recordType: string;

  @Field({ description: "The record's title (or name) as the source gives it." })
  @Column('text')
  title: string;

  /** What the parser read. */
  @Column('jsonb')
  draft: RecordDraft;

  @Field(() => ImportOutcome, { nullable: true, description: 'Null until planned.' })
  @Column({ type: 'enum', enum: ImportOutcome, enumName: 'import_outcome', nullable: true })
  outcome: ImportOutcome | null;

  @Field(() => [String], { description: 'Fields a CREATE sets or an UPDATE changes.' })
  @Column('text', { array: true, default: () => "'{}'" })
  fields: string[];

  @Field(() => [String], { description: 'Fields an editor changed since the last import: kept.' })
  @Column('text', { array: true, default: () => "'{}'" })
  keptFields: string[];

  @Field(() => [ImportProblem])
  @Column('jsonb', { default: () => "'[]'" })
  problems: ImportProblem[];

  @Field(() => ID, { nullable: true, description: 'The record it created or updated.' })
  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;
}

/**
 * What the last import wrote for a source record: its identity, the record, the values the source
 * gave (to see whether the source changed) and the record's values just after the write (to see
 * whether an editor changed them since).
 */
@Entity()
export class ImportSource {
  @PrimaryColumn('text')
  sourceKey: string;

  @Column('varchar')
  recordType: string;

  @Index()
  @Column('uuid')
  recordId: string;

  @Column('jsonb')
  sourceValues: Record<string, unknown>;

  @Column('jsonb')
  writtenValues: Record<string, unknown>;

  @Column('uuid')
  jobId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;
}
