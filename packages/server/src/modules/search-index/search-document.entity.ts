import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the search matches for one record: its terms as search-analyzer.ts computes them (Bulgarian
 * skeleton stems and exact forms, in a 'simple' tsvector) and its English texts under PostgreSQL's
 * English rules. Written in the transaction that writes the record, so the search never lags.
 * Who may see the record is not kept here: the search joins the record's own table for that.
 */
@Entity()
// GIN indexes written by hand in the migration (TypeORM cannot declare the operator class).
@Index('IDX_search_document_terms', { synchronize: false })
@Index('IDX_search_document_terms_en', { synchronize: false })
export class SearchDocument {
  /** The GraphQL type name: Practice, Project, Organization, PartnerNetwork. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  entityType: string;

  @PrimaryColumn('uuid')
  entityId: string;

  @Column('tsvector')
  terms: string;

  @Column('tsvector')
  termsEn: string;

  /** The analyzer version that wrote it: a newer one re-indexes older documents at start. */
  @Column('smallint')
  analyzer: number;
}

/** Every stem the index holds, for pg_trgm to find what a mistyped query word meant. */
@Entity()
@Index('IDX_search_word_trgm', { synchronize: false })
export class SearchWord {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  word: string;
}
