import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search engine's tables (modules/search-index). The extensions are PostgreSQL's contrib ones,
 * trusted since PostgreSQL 13 (a database owner may create them) and bundled with PGlite:
 * pg_trgm finds what a mistyped word meant, fuzzystrmatch's levenshtein keeps it to one typo,
 * unaccent folds accents before PostgreSQL's English rules. The GIN indexes are written by hand
 * (TypeORM cannot declare an operator class; the entities name them with `synchronize: false`).
 * Existing records are indexed at start, before the server listens (SearchIndex.build), because
 * their documents are computed in Node by the same analyzer that indexes every later write.
 */
export class SearchIndex1796379263635 implements MigrationInterface {
  name = 'SearchIndex1796379263635';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS fuzzystrmatch');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query(
      'CREATE TABLE "search_document" ("entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "terms" tsvector NOT NULL, "terms_en" tsvector NOT NULL, "analyzer" smallint NOT NULL, CONSTRAINT "PK_69f95fdd9c3ba610f73527e876b" PRIMARY KEY ("entity_type", "entity_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "search_word" ("word" character varying(64) NOT NULL, CONSTRAINT "PK_a5a05ae28eda68a7193f775ece9" PRIMARY KEY ("word"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_search_document_terms" ON "search_document" USING gin ("terms")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_search_document_terms_en" ON "search_document" USING gin ("terms_en")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_search_word_trgm" ON "search_word" USING gin ("word" gin_trgm_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "search_word"');
    await queryRunner.query('DROP TABLE "search_document"');
  }
}
