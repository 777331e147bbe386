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

// Migration 3: reports (server/reports). A withdrawn report is deleted. search_text is the text
// folded by TextFold (lower case, no accents), so `q` is a plain LIKE on both drivers. The
// author is copied onto each report as it was then; report_authors holds each author's latest
// name and role per client, for the author filter.
QStringList schemaVersion3()
{
    return {
        QStringLiteral(R"(CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            external_id TEXT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT,
            author_id TEXT NOT NULL,
            author_name TEXT NOT NULL,
            author_role TEXT,
            author_kind TEXT NOT NULL CHECK (author_kind IN ('careTeam', 'portal')),
            person_id TEXT,
            category TEXT NOT NULL,
            body TEXT NOT NULL,
            search_text TEXT NOT NULL))"),
        // Portal reports have no external_id; NULLs never collide in either database.
        QStringLiteral("CREATE UNIQUE INDEX reports_external ON reports (client_id, external_id)"),
        // The list's order and keyset cursor.
        QStringLiteral("CREATE INDEX reports_client_time ON reports (client_id, created_at, id)"),
        QStringLiteral("CREATE INDEX reports_client_author ON reports (client_id, author_id, "
                       "created_at, id)"),

        // sort_key: the folded name, so the list is ordered as people read it.
        QStringLiteral(R"(CREATE TABLE report_authors (
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            role TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('careTeam', 'portal')),
            PRIMARY KEY (client_id, id)))"),
    };
}

// Migration 4: plan printouts with their PDFs and approval (server/plans), and appointments
// (server/appointments).
QStringList schemaVersion4()
{
    return {
        // A printout as the dossier sent it; external_id is the dossier's own id. plan_date is
        // "yyyy-MM-dd" text: a calendar date. The approval is kept as it was given (name and
        // role too), so it still reads right when the person is gone.
        QStringLiteral(R"(CREATE TABLE plans (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            title TEXT NOT NULL,
            plan_date TEXT NOT NULL,
            approval_requested INTEGER NOT NULL,
            published_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            size_bytes BIGINT NOT NULL,
            page_count INTEGER,
            pdf_etag TEXT NOT NULL,
            approved_at BIGINT,
            approved_by_person_id TEXT,
            approved_by_name TEXT,
            approved_by_role TEXT,
            UNIQUE (client_id, external_id)))"),
        QStringLiteral("CREATE INDEX plans_client_date ON plans (client_id, plan_date)"),
        // The PDF itself (base64: portable across both drivers), apart so that lists never
        // read it; written in the same transaction as its plan.
        QStringLiteral(R"(CREATE TABLE plan_documents (
            plan_id TEXT PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
            content TEXT NOT NULL))"),

        // kind 'careTeam': from the dossier (external_id set, read-only, indicative times);
        // 'own': made in the portal (a later issue: note and created_by_person_id).
        QStringLiteral(R"(CREATE TABLE appointments (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('careTeam', 'own')),
            external_id TEXT,
            title TEXT NOT NULL,
            start_at BIGINT NOT NULL,
            end_at BIGINT NOT NULL,
            location TEXT,
            note TEXT,
            caregiver TEXT,
            created_by_person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            UNIQUE (client_id, external_id)))"),
        QStringLiteral("CREATE INDEX appointments_client_start ON appointments "
                       "(client_id, start_at)"),
    };
}

// Migration 5: the client's profile from the dossier, photos and pending changes of a person's
// mobile number or e-mail address (server/profile, server/photos).
QStringList schemaVersion5()
{
    return {
        // One row per client, written whole by the import. NULL columns are unknown; an
        // address or caregiver is absent when its first column is NULL. date_of_birth is
        // "yyyy-MM-dd" text: a calendar date, no time zone.
        QStringLiteral(R"(CREATE TABLE client_profiles (
            client_id TEXT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
            client_number TEXT,
            date_of_birth TEXT,
            street TEXT,
            house_number TEXT,
            house_number_addition TEXT,
            postal_code TEXT,
            city TEXT,
            phone TEXT,
            email TEXT,
            location_name TEXT,
            location_department TEXT,
            caregiver_name TEXT,
            caregiver_phone TEXT,
            updated_at BIGINT NOT NULL))"),

        // A re-encoded JPEG (base64: portable across both drivers) of a person or of a client,
        // never both; removed with its owner.
        QStringLiteral(R"(CREATE TABLE photos (
            person_id TEXT UNIQUE REFERENCES people (id) ON DELETE CASCADE,
            client_id TEXT UNIQUE REFERENCES clients (id) ON DELETE CASCADE,
            image TEXT NOT NULL,
            etag TEXT NOT NULL,
            updated_at BIGINT NOT NULL,
            CHECK ((person_id IS NULL AND client_id IS NOT NULL)
                   OR (person_id IS NOT NULL AND client_id IS NULL))))"),

        // At most one pending change per person and channel; the code only as a hash.
        QStringLiteral(R"(CREATE TABLE contact_changes (
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            new_value TEXT NOT NULL,
            code_hash TEXT NOT NULL,
            codes_sent INTEGER NOT NULL,
            sent_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            tries_left INTEGER NOT NULL,
            used_at BIGINT,
            PRIMARY KEY (person_id, channel)))"),
    };
}

// Migration 6: own appointments and measurements (server/appointments, server/measurements).
// Own appointments already fit the appointments table; who made one is copied as they were
// then (name and role), like report authors, so it still reads right when their access ends.
// A measurement's values are the JSON object of `MeasurementValues` as text: the number of
// components differs per type, and the type's configuration may change later.
QStringList schemaVersion6()
{
    return {
        QStringLiteral("ALTER TABLE appointments ADD COLUMN created_by_name TEXT"),
        QStringLiteral("ALTER TABLE appointments ADD COLUMN created_by_role TEXT"),

        // No foreign key on the person: a measurement stays when its author's account goes.
        QStringLiteral(R"(CREATE TABLE measurements (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            type_code TEXT NOT NULL,
            measured_at BIGINT NOT NULL,
            value_json TEXT NOT NULL,
            note TEXT,
            entered_by_id TEXT NOT NULL,
            entered_by_name TEXT NOT NULL,
            entered_by_role TEXT NOT NULL,
            created_at BIGINT NOT NULL))"),
        // The history's order (newest first) and keyset cursor.
        QStringLiteral("CREATE INDEX measurements_client_type_time ON measurements "
                       "(client_id, type_code, measured_at, id)"),
    };
}

// Migration 7: conversations between the people of a client's portal, and the bulletin board
// (server/messages, server/board). Messages carry a per-conversation sequence, so "read up to
// this message" is one number per participant even when two messages share a second. Authors'
// names and roles are copied as they were then, like report authors. Board photos are small
// re-encoded JPEGs, kept as base64 TEXT like profile photos (portable, no files to clean up);
// post_id is NULL until a post uses the photo.
QStringList schemaVersion7()
{
    return {
        QStringLiteral(R"(CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            subject TEXT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            last_sequence BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX conversations_client_updated ON conversations "
                       "(client_id, updated_at, id)"),
        // role: the person's role for the client when they were added.
        QStringLiteral(R"(CREATE TABLE conversation_participants (
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            last_read_sequence BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (conversation_id, person_id)))"),
        QStringLiteral("CREATE INDEX conversation_participants_person ON "
                       "conversation_participants (person_id)"),
        // No foreign key on the sender: a message stays when its sender's account is removed.
        QStringLiteral(R"(CREATE TABLE messages (
            id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            sequence BIGINT NOT NULL,
            sender_id TEXT NOT NULL,
            sender_name TEXT NOT NULL,
            sender_role TEXT NOT NULL,
            sent_at BIGINT NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (conversation_id, sequence)))"),

        QStringLiteral(R"(CREATE TABLE board_posts (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            author_id TEXT NOT NULL,
            author_name TEXT NOT NULL,
            author_role TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            body TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX board_posts_client_created ON board_posts "
                       "(client_id, created_at, id)"),
        QStringLiteral(R"(CREATE TABLE board_reactions (
            id TEXT PRIMARY KEY,
            post_id TEXT NOT NULL REFERENCES board_posts (id) ON DELETE CASCADE,
            author_id TEXT NOT NULL,
            author_name TEXT NOT NULL,
            author_role TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            body TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX board_reactions_post_created ON board_reactions "
                       "(post_id, created_at, id)"),
        QStringLiteral(R"(CREATE TABLE board_photos (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            uploader_id TEXT NOT NULL,
            post_id TEXT REFERENCES board_posts (id) ON DELETE CASCADE,
            photo_order INTEGER NOT NULL DEFAULT 0,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            image TEXT NOT NULL,
            thumbnail TEXT NOT NULL,
            created_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX board_photos_post ON board_photos (post_id, photo_order)"),
    };
}

// Migration 8: who invited a contact person and when (server/access). A contact linked by the
// organisation (account create, demo data) has no row: invitedBy is then null. The inviter's
// name and role are kept as they were, like a report's author. last_sent_at rate-limits
// sending the invitation again.
QStringList schemaVersion8()
{
    return {
        QStringLiteral(R"(CREATE TABLE contact_invitations (
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            invited_at BIGINT NOT NULL,
            invited_by_person_id TEXT,
            invited_by_name TEXT,
            invited_by_role TEXT,
            last_sent_at BIGINT NOT NULL,
            PRIMARY KEY (person_id, client_id)))"),
        // The access log's `actor` filter, newest first.
        QStringLiteral("CREATE INDEX access_log_actor ON access_log (client_id, person_id, "
                       "sequence)"),
    };
}

// Migration 9: the Idempotency-Key a sign-in started with (server/signin). Qt sends a POST again
// by itself when a connection closes before the answer came: the repeat finds its attempt
// instead of starting another one and sending a second SMS code. Stored answers to keyed
// requests are purged by age, everyone's at once (server/dossier/idempotency.cpp).
QStringList schemaVersion9()
{
    return {
        QStringLiteral("ALTER TABLE sign_in_attempts ADD COLUMN start_key TEXT"),
        QStringLiteral("CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at)"),
    };
}

// Migration 10: the Idempotency-Key a request for a code came with (a password reset, a new
// e-mail address or mobile number, another sign-in SMS code): the same request sent again (by Qt,
// after a lost answer) neither replaces the code that is on its way nor counts as another request.
QStringList schemaVersion10()
{
    return {
        QStringLiteral("ALTER TABLE password_reset_codes ADD COLUMN request_key TEXT"),
        QStringLiteral("ALTER TABLE contact_changes ADD COLUMN request_key TEXT"),
        QStringLiteral("ALTER TABLE sms_codes ADD COLUMN request_key TEXT"),
    };
}

// Migration 11: the Idempotency-Key of the sign-in step that last moved an attempt on, and what
// its final step issued. The same step sent again after a lost answer (by Qt, or the client's
// retry) is answered with where the attempt now stands, or with a new session in place of the
// one that never arrived, instead of "this sign-in has expired".
QStringList schemaVersion11()
{
    return {
        QStringLiteral("ALTER TABLE sign_in_attempts ADD COLUMN step_key TEXT"),
        QStringLiteral("ALTER TABLE sign_in_attempts ADD COLUMN step_done TEXT"),
        QStringLiteral("ALTER TABLE sign_in_attempts ADD COLUMN session_token_hash TEXT"),
        QStringLiteral("ALTER TABLE sign_in_attempts ADD COLUMN issued_device_id TEXT"),
    };
}

// Migration 12: the Idempotency-Key a forgotten password's code was used with: the confirmation
// sent again after a lost answer is answered as the first was, not with "wrong code".
QStringList schemaVersion12()
{
    return {
        QStringLiteral("ALTER TABLE password_reset_codes ADD COLUMN confirm_key TEXT"),
    };
}

// Migration 13: the Idempotency-Key a new mobile number's or e-mail address's code was used with:
// the confirmation sent again after a lost answer gets the first answer, not "code used".
QStringList schemaVersion13()
{
    return {
        QStringLiteral("ALTER TABLE contact_changes ADD COLUMN confirm_key TEXT"),
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
        { 3, "reports", schemaVersion3() },
        { 4, "plans and appointments", schemaVersion4() },
        { 5, "client profiles, photos, contact changes", schemaVersion5() },
        { 6, "own appointments and measurements", schemaVersion6() },
        { 7, "messages and the bulletin board", schemaVersion7() },
        { 8, "contact invitations, access-log filters", schemaVersion8() },
        { 9, "the key a sign-in started with, stored answers by age", schemaVersion9() },
        { 10, "the key a request for a code came with", schemaVersion10() },
        { 11, "the key of a sign-in's last step, what its final step issued", schemaVersion11() },
        { 12, "the key a password reset code was used with", schemaVersion12() },
        { 13, "the key a contact change's code was used with", schemaVersion13() },
    };
    return all;
}

} // namespace Portiek::Server
