#include "server/storage/migrations.h"

namespace Portiek::Server {

namespace {

// Migration 1: accounts, sign-in and the outbox. Portable SQL: the same text runs on SQLite
// and PostgreSQL. Times are BIGINT Unix seconds UTC, booleans INTEGER 0/1, ids TEXT.
QStringList schemaVersion1()
{
    return {
        // Someone receiving care; the id is the one their dossier (ECD) uses.
        QStringLiteral(R"(CREATE TABLE clients (
            id TEXT PRIMARY KEY,
            given_name TEXT NOT NULL,
            family_name_prefix TEXT,
            family_name TEXT NOT NULL,
            created_at BIGINT NOT NULL))"),

        // Everyone who signs in. username_key is the case-folded username, so "GvanDijk" and
        // "gvandijk" cannot both exist.
        QStringLiteral(R"(CREATE TABLE people (
            id TEXT PRIMARY KEY,
            username TEXT NOT NULL,
            username_key TEXT NOT NULL UNIQUE,
            given_name TEXT NOT NULL,
            family_name_prefix TEXT,
            family_name TEXT NOT NULL,
            email TEXT NOT NULL,
            email_key TEXT NOT NULL,
            mobile TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('client', 'representative', 'contact')),
            password_hash TEXT,
            password_temporary INTEGER NOT NULL DEFAULT 0,
            temporary_password_expires_at BIGINT,
            password_changed_at BIGINT,
            terms_version_accepted TEXT,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX people_email_key ON people (email_key)"),

        // rights: the JSON text of `Rights` in docs/openapi.yaml.
        QStringLiteral(R"(CREATE TABLE client_links (
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            my_role TEXT NOT NULL CHECK (my_role IN ('client', 'representative', 'contact')),
            relation TEXT,
            rights TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (person_id, client_id)))"),
        QStringLiteral("CREATE INDEX client_links_client ON client_links (client_id)"),

        // ---- sign-in (columns owned by the sign-in module). Tokens and codes are stored
        // only as hashes. remaining_steps: the SignInStep names still to do, space-separated.
        QStringLiteral(R"(CREATE TABLE sign_in_attempts (
            id TEXT PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            address TEXT NOT NULL,
            kiosk INTEGER NOT NULL DEFAULT 0,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            remaining_steps TEXT NOT NULL,
            temporary_password INTEGER NOT NULL DEFAULT 0,
            trusted_device_id TEXT,
            remember_device_name TEXT,
            password_changed INTEGER NOT NULL DEFAULT 0,
            codes_sent INTEGER NOT NULL DEFAULT 0,
            completed_at BIGINT))"),
        QStringLiteral("CREATE INDEX sign_in_attempts_person ON sign_in_attempts "
                       "(person_id, created_at)"),

        // number: 1 for the attempt's first code; only the highest one can still be right.
        QStringLiteral(R"(CREATE TABLE sms_codes (
            attempt_id TEXT NOT NULL REFERENCES sign_in_attempts (id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            code_hash TEXT NOT NULL,
            sent_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            tries_left INTEGER NOT NULL,
            used_at BIGINT,
            PRIMARY KEY (attempt_id, number)))"),

        // throttle_key: "account:<username key>" (also for usernames that match no account)
        // or "address:<ip>" (IPv6 per /64).
        QStringLiteral(R"(CREATE TABLE sign_in_throttle (
            throttle_key TEXT PRIMARY KEY,
            failures INTEGER NOT NULL DEFAULT 0,
            last_failure_at BIGINT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE trusted_devices (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            last_used_at BIGINT,
            expires_at BIGINT NOT NULL,
            revoked_at BIGINT))"),
        QStringLiteral("CREATE INDEX trusted_devices_person ON trusted_devices (person_id)"),

        QStringLiteral(R"(CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            created_at BIGINT NOT NULL,
            last_seen_at BIGINT NOT NULL,
            idle_timeout_seconds INTEGER NOT NULL,
            expires_at BIGINT NOT NULL,
            kiosk INTEGER NOT NULL DEFAULT 0,
            trusted_device_id TEXT REFERENCES trusted_devices (id) ON DELETE SET NULL,
            ended_at BIGINT))"),
        QStringLiteral("CREATE INDEX sessions_person ON sessions (person_id)"),

        // subject: the person's id, or "decoy:<hash>" for a name that matched no account (the
        // server does the same work either way). A new request replaces the subject's code.
        QStringLiteral(R"(CREATE TABLE password_reset_codes (
            subject TEXT PRIMARY KEY,
            person_id TEXT REFERENCES people (id) ON DELETE CASCADE,
            code_hash TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            tries_left INTEGER NOT NULL,
            used_at BIGINT))"),

        // ---- outbox. sequence orders messages created in the same second.
        QStringLiteral(R"(CREATE TABLE outbox_messages (
            id TEXT PRIMARY KEY,
            sequence BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
            recipient TEXT NOT NULL,
            subject TEXT,
            body TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('stored', 'retrying', 'sent')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            next_attempt_at BIGINT,
            sent_at BIGINT))"),
        QStringLiteral("CREATE INDEX outbox_messages_status ON outbox_messages (status)"),

        // ---- what happened at sign-in; kept when the person is removed.
        // No username_tried: a username that matches no account is often a password typed
        // into the wrong field. sequence orders events of the same second.
        QStringLiteral(R"(CREATE TABLE auth_events (
            id TEXT PRIMARY KEY,
            sequence BIGINT NOT NULL,
            time BIGINT NOT NULL,
            person_id TEXT,
            address TEXT,
            event TEXT NOT NULL,
            detail TEXT))"),
        QStringLiteral("CREATE INDEX auth_events_person ON auth_events (person_id, time)"),
    };
}

// Migration 2: what every dossier module shares — the access log, idempotency keys of creating
// POSTs, and the time of each client's last import.
QStringList schemaVersion2()
{
    return {
        QStringLiteral("ALTER TABLE clients ADD COLUMN last_updated_at BIGINT"),

        // NEN 7513: kept when people or clients are removed, so no foreign keys. sequence
        // orders entries of the same second.
        QStringLiteral(R"(CREATE TABLE access_log (
            id TEXT PRIMARY KEY,
            sequence BIGINT NOT NULL UNIQUE,
            at BIGINT NOT NULL,
            client_id TEXT NOT NULL,
            actor_kind TEXT NOT NULL CHECK (actor_kind IN ('person', 'careOrganisation', 'system')),
            person_id TEXT,
            actor_name TEXT NOT NULL,
            actor_role TEXT,
            action TEXT NOT NULL,
            resource_type TEXT NOT NULL,
            resource_id TEXT))"),
        QStringLiteral("CREATE INDEX access_log_client ON access_log (client_id, sequence)"),

        // The stored answer to a creating POST, per person and key, for 24 hours.
        QStringLiteral(R"(CREATE TABLE idempotency_keys (
            person_id TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            request_hash TEXT NOT NULL,
            status INTEGER NOT NULL,
            headers TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (person_id, idempotency_key)))"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        { 1, "accounts, sign-in and outbox", schemaVersion1() },
        { 2, "access log, idempotency keys, import stamps", schemaVersion2() },
        // 3: reports (server/reports), 4: plans and appointments (server/plans,
        // server/appointments), 5: profiles, photos and contact changes (server/profile).
    };
    return all;
}

} // namespace Portiek::Server
