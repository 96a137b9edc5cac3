/**
 * The catalogue's tables in PostgreSQL (server or PGlite), as append-only named migrations run by
 * sql-migrations.ts. Never edit an applied migration: add `catalog/<n+1>`.
 *
 * Documents are jsonb, keyed by their id. `matters` holds the mutable head of each matter plus the
 * search columns of its live version (NULL when nothing is live); `matter_versions` holds published
 * versions and is insert-only (a trigger refuses UPDATE and DELETE). Timestamps of the head are kept
 * as the RFC 3339 text the service wrote, so a head reads back exactly as it was committed. Keys and
 * the sort key use the "C" collation so listings and rankings order exactly as the embedded store's
 * code-unit comparisons do, whatever the database's default collation.
 */
import type { Migration } from './sql-migrations.js';

export const CATALOG_MIGRATIONS: readonly Migration[] = [
  {
    id: 'catalog/1',
    name: 'CreateCatalogTables',
    sql: `
      CREATE TABLE departments (id text COLLATE "C" PRIMARY KEY, doc jsonb NOT NULL);
      CREATE TABLE accounts (username text COLLATE "C" PRIMARY KEY, doc jsonb NOT NULL);
      CREATE TABLE shared_materials (id text COLLATE "C" PRIMARY KEY, doc jsonb NOT NULL);
      CREATE TABLE settings (key text PRIMARY KEY, value jsonb NOT NULL);
      CREATE TABLE calendars (year int PRIMARY KEY, doc jsonb NOT NULL);

      CREATE TABLE matters (
        code text COLLATE "C" PRIMARY KEY,
        department_id text NOT NULL,
        name text NOT NULL,
        status text NOT NULL,
        live_version int,
        latest_version int,
        draft jsonb,
        retired_at text,
        revision int NOT NULL,
        updated_at text NOT NULL,
        -- search columns, from the live version (search-keys.ts); all NULL when nothing is live
        search_text text,
        sort_key text COLLATE "C",
        type_code text,
        service_objects text[],
        online_depth int,
        themes text[],
        summary jsonb
      );
      CREATE INDEX matters_department_idx ON matters (department_id);
      CREATE INDEX matters_live_type_idx ON matters (type_code) WHERE search_text IS NOT NULL;
      CREATE INDEX matters_live_rank_idx ON matters (sort_key, code) WHERE search_text IS NOT NULL;

      CREATE TABLE matter_versions (
        code text COLLATE "C" NOT NULL REFERENCES matters (code),
        version int NOT NULL,
        doc jsonb NOT NULL,
        published_at timestamptz,
        PRIMARY KEY (code, version)
      );
      CREATE FUNCTION matter_versions_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'published matter versions are immutable';
      END $$;
      CREATE TRIGGER matter_versions_insert_only BEFORE UPDATE OR DELETE ON matter_versions
        FOR EACH ROW EXECUTE FUNCTION matter_versions_insert_only();
    `,
  },
];
