-- MfaGrains PostgreSQL schema, part 5 of 5: the append-only audit log.
--
-- Rows are appended only by MfaGrains' batching grain storage, in the same transaction as the
-- grain state they belong to (a stale write appends none), read newest first a page at a time
-- (id < @before), and removed only by the retention purge (at older than the configured age).
-- Not an Orleans table: Orleans' own providers never touch it.
CREATE TABLE IF NOT EXISTS mfaaudit
(
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    serviceid   text        NOT NULL,
    userid      text        NOT NULL,
    event       text        NOT NULL,
    challengeid text        NULL,
    kind        text        NULL,
    status      text        NULL,
    reason      text        NULL,
    deviceid    text        NULL,
    detail      text        NULL,
    at          timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_mfaaudit_user ON mfaaudit (serviceid, userid, id);

CREATE INDEX IF NOT EXISTS ix_mfaaudit_at ON mfaaudit (at);
