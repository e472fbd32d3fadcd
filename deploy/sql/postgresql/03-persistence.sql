-- MfaGrains PostgreSQL schema, part 3 of 5: grain state (Orleans.Persistence.AdoNet).
--
-- The provider binds @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
-- @GrainIdExtensionString and @ServiceId to every query, plus @GrainStateVersion (the caller's
-- ETag, NULL for "never written") on write, clear and delete, and @PayloadBinary on write.
-- Read returns PayloadBinary and Version; write, clear and delete return one column,
-- NewGrainStateVersion, and return no row when the caller's version is stale, which Orleans
-- turns into an InconsistentStateException. Keys: ReadFromStorageKey, WriteToStorageKey and
-- ClearStorageKey are required; DeleteStorageKey is optional and used only with
-- DeleteStateOnClear (MfaGrains keeps that off, as on SQLite, so both backends behave alike).

-- One row per (service, state name, grain). The grain class is not part of the key: Orleans
-- stores the state name in graintypestring. The hashes keep lookups narrow; the clear-text
-- columns settle hash collisions. A cleared state keeps its row with a NULL payload so its
-- version keeps counting up.
CREATE TABLE IF NOT EXISTS orleansstorage
(
    grainidhash            integer     NOT NULL,
    grainidn0              bigint      NOT NULL,
    grainidn1              bigint      NOT NULL,
    graintypehash          integer     NOT NULL,
    graintypestring        text        NOT NULL,
    grainidextensionstring text        NULL,     -- the string key (or key extension); NULL for none
    serviceid              text        NOT NULL,
    payloadbinary          bytea       NULL,
    modifiedon             timestamptz NOT NULL, -- for people reading the table; Orleans ignores it
    version                integer     NOT NULL
);

-- Lookups use the leading columns. Uniqueness over the whole identity is what makes the
-- first write safe: of two concurrent creators (e.g. a duplicate activation during a
-- membership change) exactly one inserts. The two expressions make a NULL extension equal to
-- itself and different from an empty one, on any PostgreSQL version.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage_grain ON orleansstorage
(
    grainidhash,
    graintypehash,
    grainidn0,
    grainidn1,
    serviceid,
    graintypestring,
    (grainidextensionstring IS NULL),
    coalesce(grainidextensionstring, '')
);

-- Read: the payload (NULL once cleared) and its version, or no row for a state never written.
INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadFromStorageKey', $q$
SELECT payloadbinary AS "PayloadBinary",
       version       AS "Version"
  FROM orleansstorage
 WHERE grainidhash = @GrainIdHash
   AND graintypehash = @GrainTypeHash
   AND grainidn0 = @GrainIdN0
   AND grainidn1 = @GrainIdN1
   AND serviceid = @ServiceId
   AND graintypestring = @GrainTypeString
   AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Write with optimistic concurrency, in one statement. A caller holding a version may only
-- replace the row carrying that version; a caller holding none may only create the first row
-- (the unique index turns a lost race into "no row"). The two branches exclude each other.
INSERT INTO orleansquery (querykey, querytext) VALUES ('WriteToStorageKey', $q$
WITH replaced AS (
    UPDATE orleansstorage
       SET payloadbinary = @PayloadBinary,
           modifiedon = now(),
           version = version + 1
     WHERE @GrainStateVersion IS NOT NULL
       AND version = @GrainStateVersion
       AND grainidhash = @GrainIdHash
       AND graintypehash = @GrainTypeHash
       AND grainidn0 = @GrainIdN0
       AND grainidn1 = @GrainIdN1
       AND serviceid = @ServiceId
       AND graintypestring = @GrainTypeString
       AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
    RETURNING version
), created AS (
    INSERT INTO orleansstorage
           (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
            grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
           @GrainIdExtensionString, @ServiceId, @PayloadBinary, now(), 1
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM replaced
UNION ALL
SELECT version FROM created
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Clear: drop the payload, keep the row and bump its version, under the same optimistic check.
INSERT INTO orleansquery (querykey, querytext) VALUES ('ClearStorageKey', $q$
UPDATE orleansstorage
   SET payloadbinary = NULL,
       modifiedon = now(),
       version = version + 1
 WHERE version = @GrainStateVersion
   AND grainidhash = @GrainIdHash
   AND graintypehash = @GrainTypeHash
   AND grainidn0 = @GrainIdN0
   AND grainidn1 = @GrainIdN1
   AND serviceid = @ServiceId
   AND graintypestring = @GrainTypeString
   AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING version AS "NewGrainStateVersion"
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Delete (only with DeleteStateOnClear): remove the row under the optimistic check. The
-- provider expects a version different from the caller's, hence the deleted version + 1.
INSERT INTO orleansquery (querykey, querytext) VALUES ('DeleteStorageKey', $q$
DELETE FROM orleansstorage
 WHERE version = @GrainStateVersion
   AND grainidhash = @GrainIdHash
   AND graintypehash = @GrainTypeHash
   AND grainidn0 = @GrainIdN0
   AND grainidn1 = @GrainIdN1
   AND serviceid = @ServiceId
   AND graintypestring = @GrainTypeString
   AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING version + 1 AS "NewGrainStateVersion"
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
