-- MfaGrains: SQLite schema for Orleans' ADO.NET grain storage (single-machine default).
--
-- Safe to run any number of times: every object is created only when missing, and the
-- stored queries are replaced with this file's text. MfaGrains.Hosting embeds this file
-- and applies it in one transaction at every silo start, after switching the file to WAL
-- (journal_mode can't change inside a transaction). It then prefixes the write and clear
-- queries with the configured Storage:SqliteSynchronous (PRAGMA synchronous lasts for one
-- connection, and Orleans opens its own). By hand, which leaves SQLite's default (FULL):
--   sqlite3 data/mfagrains.db "PRAGMA journal_mode = WAL;" && sqlite3 data/mfagrains.db < mfagrains-sqlite.sql
--
-- The contract with Orleans.Persistence.AdoNet, which we must keep:
--   * it loads the queries by key from OrleansQuery once, when the storage provider starts;
--   * it binds @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
--     @GrainIdExtensionString and @ServiceId to every query, plus @GrainStateVersion (the
--     caller's ETag, NULL for "no row yet") on write and clear, and @PayloadBinary on write;
--   * read returns columns PayloadBinary and Version; write and clear return one column,
--     NewGrainStateVersion, holding the row's new version, and return no row at all when
--     the caller's version is stale (Orleans then throws InconsistentStateException).
-- There is no DeleteStorageKey query, so DeleteStateOnClear must stay false.

-- Named queries that the Orleans ADO.NET providers run.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
) STRICT;

-- One row per (service, state name, grain). Orleans hashes the grain id and the state's type
-- name into GrainIdHash and GrainTypeHash to keep lookups narrow; the clear-text columns
-- settle hash collisions. A cleared state keeps its row with a NULL payload, so its version
-- keeps counting up.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB    NULL,
    ModifiedOn             TEXT    NOT NULL, -- UTC, for people reading the table; Orleans ignores it
    Version                INTEGER NOT NULL
) STRICT;

-- Lookups use the leading columns; uniqueness over the whole identity guarantees that a read
-- never finds two rows for one grain. SQLite treats NULLs as distinct in a unique index,
-- hence the two expressions that tell a missing extension from an empty one.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash,
    GrainTypeHash,
    GrainIdN0,
    GrainIdN1,
    ServiceId,
    GrainTypeString,
    GrainIdExtensionString IS NULL,
    IFNULL(GrainIdExtensionString, '')
);

-- The stored query texts below avoid quote characters, so they need no escaping.
-- "IS" is SQLite's NULL-safe equality: it matches a NULL extension to a NULL parameter.

-- Read: the payload (NULL once cleared) and its version, or no row for a state never written.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
SELECT PayloadBinary, Version
  FROM OrleansStorage
 WHERE GrainIdHash = @GrainIdHash
   AND GrainTypeHash = @GrainTypeHash
   AND GrainIdN0 = @GrainIdN0
   AND GrainIdN1 = @GrainIdN1
   AND ServiceId = @ServiceId
   AND GrainTypeString = @GrainTypeString
   AND GrainIdExtensionString IS @GrainIdExtensionString;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- Write, with optimistic concurrency. A caller holding a version may only replace the row
-- carrying that version; a caller holding none may only create the first row. The two
-- statements exclude each other, so at most one changes anything, and only a change
-- returns a row. No row back means the caller's version was stale.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
UPDATE OrleansStorage
   SET PayloadBinary = @PayloadBinary,
       ModifiedOn = CURRENT_TIMESTAMP,
       Version = Version + 1
 WHERE @GrainStateVersion IS NOT NULL
   AND Version = @GrainStateVersion
   AND GrainIdHash = @GrainIdHash
   AND GrainTypeHash = @GrainTypeHash
   AND GrainIdN0 = @GrainIdN0
   AND GrainIdN1 = @GrainIdN1
   AND ServiceId = @ServiceId
   AND GrainTypeString = @GrainTypeString
   AND GrainIdExtensionString IS @GrainIdExtensionString
RETURNING Version AS NewGrainStateVersion;

INSERT INTO OrleansStorage
       (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
        GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
       @GrainIdExtensionString, @ServiceId, @PayloadBinary, CURRENT_TIMESTAMP, 1
 WHERE @GrainStateVersion IS NULL
   AND NOT EXISTS
       (SELECT 1
          FROM OrleansStorage
         WHERE GrainIdHash = @GrainIdHash
           AND GrainTypeHash = @GrainTypeHash
           AND GrainIdN0 = @GrainIdN0
           AND GrainIdN1 = @GrainIdN1
           AND ServiceId = @ServiceId
           AND GrainTypeString = @GrainTypeString
           AND GrainIdExtensionString IS @GrainIdExtensionString)
RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- Clear: drop the payload but keep the row and bump its version, under the same
-- optimistic check as a write. No row back means the caller's version was stale.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
UPDATE OrleansStorage
   SET PayloadBinary = NULL,
       ModifiedOn = CURRENT_TIMESTAMP,
       Version = Version + 1
 WHERE Version = @GrainStateVersion
   AND GrainIdHash = @GrainIdHash
   AND GrainTypeHash = @GrainTypeHash
   AND GrainIdN0 = @GrainIdN0
   AND GrainIdN1 = @GrainIdN1
   AND ServiceId = @ServiceId
   AND GrainTypeString = @GrainTypeString
   AND GrainIdExtensionString IS @GrainIdExtensionString
RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- MfaGrains' append-only audit log. Rows are appended only by MfaGrains' batching grain
-- storage, in the same transaction as the grain state they belong to, and removed only by
-- the retention purge (At older than the configured age). At is UTC text of fixed width
-- (2026-12-07T07:00:00.0000000Z), so comparing the text orders by time.
CREATE TABLE IF NOT EXISTS MfaAudit
(
    Id          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, so a page boundary stays put
    ServiceId   TEXT    NOT NULL,
    UserId      TEXT    NOT NULL,
    Event       TEXT    NOT NULL,
    ChallengeId TEXT    NULL,
    Kind        TEXT    NULL,
    Status      TEXT    NULL,
    Reason      TEXT    NULL,
    DeviceId    TEXT    NULL,
    Detail      TEXT    NULL,
    At          TEXT    NOT NULL
) STRICT;

-- A user's newest records first, page by page (Id < @before).
CREATE INDEX IF NOT EXISTS IX_MfaAudit_User ON MfaAudit (ServiceId, UserId, Id);

-- The retention purge.
CREATE INDEX IF NOT EXISTS IX_MfaAudit_At ON MfaAudit (At);

-- Reminders (Orleans.Reminders.AdoNet), so that a reminder such as a scheduled roster pre-warm survives a restart
-- of the single-machine engine. The provider binds @ServiceId, @GrainId, @ReminderName, @StartTime (a UTC
-- DateTime, stored as text), @Period (milliseconds), @GrainHash (the grain's ring position as a signed 32-bit
-- value), @Version (the caller's ETag) and @BeginHash/@EndHash; reads return GrainId, ReminderName, StartTime,
-- Period and Version; an upsert returns the new Version; a delete returns one value, 1 when the row was deleted.
CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    TEXT    NOT NULL,
    GrainId      TEXT    NOT NULL,
    ReminderName TEXT    NOT NULL,
    StartTime    TEXT    NOT NULL,
    Period       INTEGER NOT NULL,
    GrainHash    INTEGER NOT NULL,
    Version      INTEGER NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
) STRICT;

CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_Ring ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpsertReminderRowKey', '
INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
   SET StartTime = excluded.StartTime,
       Period = excluded.Period,
       GrainHash = excluded.GrainHash,
       Version = Version + 1
RETURNING Version AS Version;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- The ring slice (@BeginHash, @EndHash] when it does not wrap, and when it does.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- The reader skips the DELETE, which returns no rows, and reads the count of rows it changed.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowKey', '
DELETE FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version;
SELECT changes();
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowsKey', '
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
