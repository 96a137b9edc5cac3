/**
 * The case store's tables in PostgreSQL (server or PGlite), as append-only named migrations run by
 * catalog/storage/sql-migrations.ts. Never edit an applied migration: add `cases/<n+1>`.
 *
 * - `cases`: one row per case; queryable columns copied from the Case document on every write, the
 *   document itself (`doc`) and the engine state (`state`) as jsonb. `version`, `warning` (the
 *   deadline scanner's mark; views read the level live from `warn_at` and `due_date`) and
 *   `rating` are the store's and are overlaid on `doc` when read. Since cases/2 the desks a case
 *   is listed and credited under (received, accepted, decided) are columns too.
 * - `case_tasks`: one row per task, same pattern.
 * - `audit_events` + `audit_head`: one global hash chain; the one-row head is locked by every
 *   append (the only global lock, O(1)); a trigger refuses UPDATE and DELETE of events, so only
 *   someone able to drop triggers can tamper, and verification finds what they did.
 * - `idempotency_keys`: first answers of idempotent requests, until `expires_at`.
 * - `case_files` (metadata by id) over `file_blobs` (bytes by sha256, deduplicated).
 * - `complaints`; `case_secrets` (the generated query-code pepper when none is configured).
 *
 * Every filter of listCases / listTasks has an index that also serves its order; the deadline
 * scanner's two questions ("warning instant reached?", "due date passed?") are partial indexes over open,
 * not-yet-marked rows, so they stay small however many cases are stored. Keys use the "C" collation
 * (byte order, as the catalogue). Timestamps the documents carry are also kept as timestamptz for
 * range queries; the audit `at` stays text because it is hashed exactly as written.
 */
import type { Migration } from '../../../catalog/storage/sql-migrations.js';

export const CASE_MIGRATIONS: readonly Migration[] = [
  {
    id: 'cases/1',
    name: 'CreateCaseTables',
    sql: `
      CREATE TABLE cases (
        case_no text COLLATE "C" PRIMARY KEY,
        matter_code text COLLATE "C" NOT NULL,
        matter_version int NOT NULL,
        department_id text COLLATE "C",
        status text NOT NULL,
        applicant_account text COLLATE "C",
        received_at timestamptz NOT NULL,
        accepted_at timestamptz,
        due_date date,
        warn_on date,
        concluded_at timestamptz,
        concluded_on date,
        outcome text,
        warning text NOT NULL DEFAULT 'none' CHECK (warning IN ('none', 'yellow', 'red')),
        working_days_used int,
        promised_days int,
        rating jsonb,
        rating_score smallint,
        query_code_hash text,
        version int NOT NULL,
        doc jsonb NOT NULL,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX cases_received_idx ON cases (received_at DESC, case_no DESC);
      CREATE INDEX cases_department_idx ON cases (department_id, received_at DESC);
      CREATE INDEX cases_matter_idx ON cases (matter_code, received_at DESC);
      CREATE INDEX cases_status_idx ON cases (status, received_at DESC);
      CREATE INDEX cases_warning_idx ON cases (warning, received_at DESC) WHERE warning <> 'none';
      CREATE INDEX cases_open_due_idx ON cases (due_date) WHERE concluded_at IS NULL;
      CREATE INDEX cases_applicant_idx ON cases (applicant_account, received_at DESC) WHERE applicant_account IS NOT NULL;
      CREATE INDEX cases_scan_yellow_idx ON cases (warn_on) WHERE concluded_at IS NULL AND warning = 'none';
      CREATE INDEX cases_scan_red_idx ON cases (due_date) WHERE concluded_at IS NULL AND warning <> 'red' AND warn_on IS NOT NULL;

      CREATE TABLE case_tasks (
        id text COLLATE "C" PRIMARY KEY,
        case_no text COLLATE "C" NOT NULL REFERENCES cases (case_no),
        node_id text NOT NULL,
        department_id text COLLATE "C" NOT NULL,
        status text NOT NULL,
        assignees text[] NOT NULL DEFAULT '{}',
        opened_at timestamptz NOT NULL,
        due_date date,
        warn_on date,
        warning text NOT NULL DEFAULT 'none' CHECK (warning IN ('none', 'yellow', 'red')),
        version int NOT NULL,
        doc jsonb NOT NULL
      );
      CREATE INDEX case_tasks_case_idx ON case_tasks (case_no);
      CREATE INDEX case_tasks_inbox_idx ON case_tasks (department_id, status, due_date, opened_at);
      CREATE INDEX case_tasks_status_idx ON case_tasks (status, due_date, opened_at);
      CREATE INDEX case_tasks_assignees_idx ON case_tasks USING gin (assignees);
      CREATE INDEX case_tasks_scan_yellow_idx ON case_tasks (warn_on) WHERE status = 'open' AND warning = 'none';
      CREATE INDEX case_tasks_scan_red_idx ON case_tasks (due_date) WHERE status = 'open' AND warning <> 'red' AND warn_on IS NOT NULL;

      CREATE TABLE audit_events (
        seq bigint PRIMARY KEY,
        at text NOT NULL,
        case_no text COLLATE "C",
        actor jsonb NOT NULL,
        action text NOT NULL,
        payload jsonb,
        prev_hash text NOT NULL,
        hash text NOT NULL
      );
      CREATE INDEX audit_events_case_idx ON audit_events (case_no, seq) WHERE case_no IS NOT NULL;
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only';
      END $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

      CREATE TABLE audit_head (
        id int PRIMARY KEY CHECK (id = 1),
        seq bigint NOT NULL,
        hash text NOT NULL
      );
      INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

      CREATE TABLE idempotency_keys (
        scope text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        request_hash text NOT NULL,
        status int NOT NULL,
        body jsonb,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at);

      CREATE TABLE file_blobs (sha256 text COLLATE "C" PRIMARY KEY, bytes bytea NOT NULL);
      CREATE TABLE case_files (
        id text COLLATE "C" PRIMARY KEY,
        sha256 text COLLATE "C" NOT NULL REFERENCES file_blobs (sha256),
        media_type text NOT NULL,
        size bigint NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL
      );

      CREATE TABLE complaints (
        id text COLLATE "C" PRIMARY KEY,
        case_no text COLLATE "C",
        matter_code text COLLATE "C",
        department_id text COLLATE "C",
        at timestamptz NOT NULL,
        doc jsonb NOT NULL
      );
      CREATE INDEX complaints_at_idx ON complaints (at DESC, id DESC);
      CREATE INDEX complaints_case_idx ON complaints (case_no) WHERE case_no IS NOT NULL;
      CREATE INDEX complaints_department_idx ON complaints (department_id, at DESC);
      CREATE INDEX complaints_matter_idx ON complaints (matter_code, at DESC);

      CREATE TABLE case_secrets (name text PRIMARY KEY, value bytea NOT NULL);

      -- No query filters on documents: statistics on them would only make ANALYZE slow.
      ALTER TABLE cases ALTER COLUMN doc SET STATISTICS 0, ALTER COLUMN state SET STATISTICS 0, ALTER COLUMN rating SET STATISTICS 0;
      ALTER TABLE case_tasks ALTER COLUMN doc SET STATISTICS 0;
      ALTER TABLE audit_events ALTER COLUMN actor SET STATISTICS 0, ALTER COLUMN payload SET STATISTICS 0;
      ALTER TABLE idempotency_keys ALTER COLUMN body SET STATISTICS 0;
      ALTER TABLE complaints ALTER COLUMN doc SET STATISTICS 0;

      -- The level a write may lower a stored warning to (never raise it: raising is the deadline
      -- scanner's, so that every raise has exactly one audit event). Unknown clock (no warn_on) or a
      -- closed row: the mark stays as it is.
      CREATE FUNCTION lowered_warning(stored text, is_open boolean, warn_on date, due date, today date)
        RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE
          WHEN NOT is_open OR warn_on IS NULL THEN stored
          WHEN due IS NOT NULL AND due < today THEN stored
          WHEN warn_on <= today THEN CASE WHEN stored = 'red' THEN 'yellow' ELSE stored END
          ELSE 'none'
        END
      $$;
    `,
  },
  {
    id: 'cases/2',
    name: 'AddWarnAtAndDesks',
    sql: `
      -- Warnings fall at an instant, not on a day (a one-day step turns yellow late on its day):
      -- warn_at replaces warn_on, which stays for rows written before and is no longer read.
      ALTER TABLE cases
        ADD COLUMN warn_at timestamptz,
        ADD COLUMN intake_department_id text COLLATE "C",
        ADD COLUMN accept_department_id text COLLATE "C",
        ADD COLUMN accept_window_id text COLLATE "C",
        ADD COLUMN decide_department_id text COLLATE "C";
      ALTER TABLE case_tasks ADD COLUMN warn_at timestamptz;

      -- Rows written before: the warning day's start in China, and the desks the old rows imply
      -- (the accepting department accepted and decided; no window is known).
      UPDATE cases SET warn_at = (warn_on::timestamp - interval '8 hours') AT TIME ZONE 'UTC' WHERE warn_on IS NOT NULL;
      UPDATE case_tasks SET warn_at = (warn_on::timestamp - interval '8 hours') AT TIME ZONE 'UTC' WHERE warn_on IS NOT NULL;
      UPDATE cases SET accept_department_id = department_id WHERE accepted_at IS NOT NULL;
      UPDATE cases SET decide_department_id = department_id WHERE outcome IN ('granted', 'denied');

      DROP INDEX cases_scan_yellow_idx;
      DROP INDEX cases_scan_red_idx;
      DROP INDEX case_tasks_scan_yellow_idx;
      DROP INDEX case_tasks_scan_red_idx;
      CREATE INDEX cases_scan_yellow_at_idx ON cases (warn_at) WHERE concluded_at IS NULL AND warning = 'none';
      CREATE INDEX cases_scan_red_at_idx ON cases (due_date) WHERE concluded_at IS NULL AND warning <> 'red' AND warn_at IS NOT NULL;
      CREATE INDEX case_tasks_scan_yellow_at_idx ON case_tasks (warn_at) WHERE status = 'open' AND warning = 'none';
      CREATE INDEX case_tasks_scan_red_at_idx ON case_tasks (due_date) WHERE status = 'open' AND warning <> 'red' AND warn_at IS NOT NULL;
      -- Live warning counts (inbox, supervision, display) over open rows.
      CREATE INDEX cases_open_warn_at_idx ON cases (warn_at) WHERE concluded_at IS NULL;
      -- The front desk's list (received or accepted there) and supervision's credit by desk.
      CREATE INDEX cases_intake_department_idx ON cases (intake_department_id, received_at DESC) WHERE intake_department_id IS NOT NULL;
      CREATE INDEX cases_accept_department_idx ON cases (accept_department_id, received_at DESC) WHERE accept_department_id IS NOT NULL;
      CREATE INDEX cases_decide_department_idx ON cases (decide_department_id, received_at DESC) WHERE decide_department_id IS NOT NULL;

      -- As lowered_warning, for the warning instant: a write may lower a stored mark the new
      -- clock no longer calls for, never raise one.
      CREATE FUNCTION lowered_warning_at(stored text, is_open boolean, warn_at timestamptz, due date, now timestamptz, today date)
        RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE
          WHEN NOT is_open OR warn_at IS NULL THEN stored
          WHEN due IS NOT NULL AND due < today THEN stored
          WHEN warn_at <= now THEN CASE WHEN stored = 'red' THEN 'yellow' ELSE stored END
          ELSE 'none'
        END
      $$;
    `,
  },
  {
    id: 'cases/3',
    name: 'CreateCalendarRecomputes',
    sql: `
      -- One row per saved calendar change being recomputed into the open cases (recompute-claims.ts):
      -- the instance that inserts it does the work; heartbeat_at lets another take over a dead run.
      CREATE TABLE calendar_recomputes (
        change_id text COLLATE "C" PRIMARY KEY,
        year int NOT NULL,
        claimed_by text NOT NULL,
        claimed_at timestamptz NOT NULL,
        heartbeat_at timestamptz NOT NULL,
        finished_at timestamptz,
        superseded_by text COLLATE "C",
        takeovers int NOT NULL DEFAULT 0,
        cases int,
        tasks int
      );
      CREATE INDEX calendar_recomputes_unfinished_idx ON calendar_recomputes (heartbeat_at) WHERE finished_at IS NULL;
    `,
  },
];
