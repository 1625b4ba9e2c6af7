"""The ledger's schema as named, ordered migrations. Never edit one that has shipped: add one.

Touch-point history is append-only, enforced by triggers: a row can only be re-pointed to
another contact (when two contacts turn out to be one person), never changed or deleted.
"""

from __future__ import annotations

from .migrations_postgres import POSTGRES_MIGRATIONS

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_contacts",
        """
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            headline TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            interests TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]',
            opted_out_at TEXT,
            opt_out_reason TEXT NOT NULL DEFAULT '',
            merged_into INTEGER REFERENCES contacts(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            platform TEXT NOT NULL,
            key TEXT NOT NULL,
            display TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (platform, key)
        );
        CREATE INDEX identities_contact ON identities (contact_id);
        CREATE TABLE link_proposals (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            other_contact_id INTEGER REFERENCES contacts(id),
            platform TEXT NOT NULL,
            key TEXT NOT NULL,
            display TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL,
            plugin TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'accepted', 'rejected')),
            created_at TEXT NOT NULL,
            UNIQUE (contact_id, platform, key)
        );
        """,
    ),
    (
        "0002_touchpoints",
        """
        CREATE TABLE touchpoints (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            platform TEXT NOT NULL,
            kind TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'done',
            text TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            campaign TEXT NOT NULL DEFAULT '',
            step INTEGER,
            draft_id TEXT NOT NULL DEFAULT '',
            dedupe TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (platform, kind, direction, dedupe)
        );
        CREATE INDEX touchpoints_contact ON touchpoints (contact_id, at);
        CREATE INDEX touchpoints_window ON touchpoints (platform, direction, kind, at);
        CREATE TRIGGER touchpoints_append_only_update
        BEFORE UPDATE OF platform, kind, direction, at, status, text, subject, external_id,
                         source, campaign, step, draft_id, dedupe, recorded_at ON touchpoints
        BEGIN SELECT RAISE(ABORT, 'touch-point history is append-only'); END;
        CREATE TRIGGER touchpoints_append_only_delete BEFORE DELETE ON touchpoints
        BEGIN SELECT RAISE(ABORT, 'touch-point history is append-only'); END;
        """,
    ),
    (
        "0003_plans",
        """
        CREATE TABLE plans (
            id TEXT PRIMARY KEY,
            campaign TEXT NOT NULL,
            campaign_path TEXT NOT NULL DEFAULT '',
            -- per step: channel, kind, label and template source, as planned
            steps_json TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'sent', 'discarded'))
        );
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plans(id),
            seq INTEGER NOT NULL,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            campaign TEXT NOT NULL,
            step INTEGER NOT NULL,
            step_key TEXT NOT NULL,
            step_label TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('api', 'assisted', 'export')),
            recipient_platform TEXT NOT NULL,
            recipient_key TEXT NOT NULL,
            recipient_display TEXT NOT NULL DEFAULT '',
            subject TEXT,
            text TEXT NOT NULL,
            personal_note TEXT NOT NULL DEFAULT '',
            verdict TEXT NOT NULL CHECK (verdict IN ('allow', 'refuse')),
            verdict_json TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            rendered_json TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'skipped')),
            updated_at TEXT NOT NULL,
            UNIQUE (plan_id, seq)
        );
        CREATE INDEX drafts_plan ON drafts (plan_id, seq);
        CREATE INDEX drafts_note ON drafts (campaign, step_key, contact_id);
        """,
    ),
    (
        "0004_deliveries",
        """
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            idempotency_key TEXT NOT NULL UNIQUE,
            draft_id TEXT NOT NULL REFERENCES drafts(id),
            plan_id TEXT NOT NULL,
            contact_id INTEGER NOT NULL,
            campaign TEXT NOT NULL,
            step_key TEXT NOT NULL,
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            mode TEXT NOT NULL,
            recipient_key TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN
                ('planned', 'sending', 'sent', 'failed', 'unknown', 'waiting', 'skipped')),
            attempts INTEGER NOT NULL DEFAULT 0,
            external_id TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            export_path TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finished_at TEXT
        );
        CREATE INDEX deliveries_state ON deliveries (state, channel);
        CREATE INDEX deliveries_window ON deliveries (channel, updated_at);
        CREATE INDEX deliveries_step ON deliveries (campaign, step_key, contact_id);
        """,
    ),
    (
        "0005_runs_state_events",
        """
        CREATE TABLE campaign_runs (
            campaign TEXT NOT NULL,
            scheduled_for TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            plan_id TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            PRIMARY KEY (campaign, scheduled_for)
        );
        CREATE TABLE plugin_state (
            namespace TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (namespace, key)
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            payload TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
        """,
    ),
    (
        "0006_delivery_detail",
        """
        -- what the platform said when it accepted a message (SMTP reply, conversation id)
        ALTER TABLE deliveries ADD COLUMN detail TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        "0007_run_resume",
        """
        -- who started a run ('due': `outreach run --due`, resumed if it did not finish;
        -- 'manual': `outreach run NAME`), when a run that left work to retry may go on,
        -- and how often it was resumed
        ALTER TABLE campaign_runs ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual';
        ALTER TABLE campaign_runs ADD COLUMN retry_at TEXT;
        ALTER TABLE campaign_runs ADD COLUMN resumes INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (
        "0008_bounced_cancelled_suppressions",
        """
        -- Two more delivery states: 'bounced' (sent, then the server reported a permanent
        -- failure: a DSN with a 5.x.x status) and 'cancelled' (waiting or planned when the
        -- person opted out). SQLite cannot change a CHECK constraint in place, so the table
        -- is rebuilt with the same columns, rows and indexes.
        CREATE TABLE deliveries_0008 (
            id INTEGER PRIMARY KEY,
            idempotency_key TEXT NOT NULL UNIQUE,
            draft_id TEXT NOT NULL REFERENCES drafts(id),
            plan_id TEXT NOT NULL,
            contact_id INTEGER NOT NULL,
            campaign TEXT NOT NULL,
            step_key TEXT NOT NULL,
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            mode TEXT NOT NULL,
            recipient_key TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN
                ('planned', 'sending', 'sent', 'failed', 'unknown', 'waiting', 'skipped',
                 'bounced', 'cancelled')),
            attempts INTEGER NOT NULL DEFAULT 0,
            external_id TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            export_path TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finished_at TEXT,
            detail TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO deliveries_0008 (id, idempotency_key, draft_id, plan_id, contact_id,
            campaign, step_key, channel, kind, mode, recipient_key, state, attempts,
            external_id, error, export_path, created_at, updated_at, finished_at, detail)
        SELECT id, idempotency_key, draft_id, plan_id, contact_id, campaign, step_key,
            channel, kind, mode, recipient_key, state, attempts, external_id, error,
            export_path, created_at, updated_at, finished_at, detail FROM deliveries;
        DROP TABLE deliveries;
        ALTER TABLE deliveries_0008 RENAME TO deliveries;
        CREATE INDEX deliveries_state ON deliveries (state, channel);
        CREATE INDEX deliveries_window ON deliveries (channel, updated_at);
        CREATE INDEX deliveries_step ON deliveries (campaign, step_key, contact_id);
        CREATE INDEX deliveries_contact ON deliveries (contact_id, state);
        CREATE INDEX deliveries_external ON deliveries (channel, external_id);
        -- Addresses that must not be written to again on their platform (a permanent
        -- bounce), while the person's other identities stay reachable. Keyed by identity,
        -- so it holds whoever owns the address and whether it is in the ledger yet.
        CREATE TABLE suppressions (
            platform TEXT NOT NULL,
            key TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (platform, key)
        );
        """,
    ),
    (
        "0009_people",
        """
        -- Fields the user edited by hand (a JSON list): later imports leave them alone.
        ALTER TABLE contacts ADD COLUMN pinned TEXT NOT NULL DEFAULT '[]';
        -- How sure a link proposal is (0..1): 1 for a shared identity key.
        ALTER TABLE link_proposals ADD COLUMN score REAL NOT NULL DEFAULT 1.0;
        -- Pairs of identities the user said are two people (a rejected proposal, a split):
        -- no import, sync or proposal joins their contacts again.
        CREATE TABLE never_merge (
            platform_a TEXT NOT NULL,
            key_a TEXT NOT NULL,
            platform_b TEXT NOT NULL,
            key_b TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (platform_a, key_a, platform_b, key_b)
        );
        CREATE INDEX never_merge_b ON never_merge (platform_b, key_b);
        -- Erased people (GDPR Art. 17): a keyed hash of each identity they had, so an
        -- import or sync does not bring them back. Nothing else of them is kept.
        CREATE TABLE erased (
            digest TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        );
        -- The contacts being erased, inside the erasing transaction only: the one time
        -- history and event-log rows may be deleted.
        CREATE TABLE erasing (contact_id INTEGER PRIMARY KEY);
        DROP TRIGGER touchpoints_append_only_delete;
        CREATE TRIGGER touchpoints_append_only_delete BEFORE DELETE ON touchpoints
        WHEN OLD.contact_id NOT IN (SELECT contact_id FROM erasing)
        BEGIN SELECT RAISE(ABORT, 'touch-point history is append-only'); END;
        DROP TRIGGER events_append_only_delete;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        WHEN NOT EXISTS (SELECT 1 FROM erasing)
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
        """,
    ),
    (
        "0010_identity_display_index",
        """
        -- An identity known by what another source shows for it (an X @handle, the display
        -- of the identity keyed by the account's numeric id) is found without a scan.
        CREATE INDEX identities_display ON identities (platform, display COLLATE NOCASE);
        """,
    ),
    (
        "0011_team",
        """
        -- Who on the team (the workspace's [sender] member) made each plan, delivery and
        -- outgoing touch point: cooldowns say "reached by ana 3 days ago", quotas count
        -- each member's own accounts.
        ALTER TABLE plans ADD COLUMN member TEXT NOT NULL DEFAULT '';
        ALTER TABLE deliveries ADD COLUMN member TEXT NOT NULL DEFAULT '';
        ALTER TABLE touchpoints ADD COLUMN member TEXT NOT NULL DEFAULT '';
        -- While a delivery is 'sending': the claiming connection's token, so on a shared
        -- ledger a claim a live colleague holds is told from one a dead process left.
        ALTER TABLE deliveries ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        "0012_verdict_checked",
        """
        -- What a draft's stored verdict was computed from (a digest of its step's policy
        -- inputs): preview and send re-check only when something changed.
        ALTER TABLE drafts ADD COLUMN checked TEXT NOT NULL DEFAULT '';
        """,
    ),
]

__all__ = ["MIGRATIONS", "POSTGRES_MIGRATIONS"]
