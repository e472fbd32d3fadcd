-- MfaGrains PostgreSQL schema, part 4 of 5: durable reminders (Orleans.Reminders.AdoNet).
--
-- Used in cluster mode (Storage:Provider=PostgreSql); the SQLite default keeps reminders in
-- memory. No MfaGrains grain registers a reminder yet (expiry is kept as data and checked on
-- every call); the table is here so a grain can start using one without a schema change.
-- All seven query keys are required by the provider.

-- One row per (service, grain, reminder name). grainid is the grain id's text form, which
-- embeds the grain type id: renaming a grain type orphans its reminders.
CREATE TABLE IF NOT EXISTS orleansreminderstable
(
    serviceid    text        NOT NULL,
    grainid      text        NOT NULL,
    remindername text        NOT NULL,
    starttime    timestamptz NOT NULL,
    period       bigint      NOT NULL, -- milliseconds
    grainhash    integer     NOT NULL, -- the grain's uniform hash as a signed 32-bit value: its ring position
    version      integer     NOT NULL,
    CONSTRAINT pk_orleansreminderstable PRIMARY KEY (serviceid, grainid, remindername)
);

-- Each silo periodically reads the reminders in its own slice of the hash ring.
CREATE INDEX IF NOT EXISTS ix_orleansreminderstable_ring ON orleansreminderstable (serviceid, grainhash);

-- Register or change a reminder; returns its new version (0 when created) as the ETag.
INSERT INTO orleansquery (querykey, querytext) VALUES ('UpsertReminderRowKey', $q$
INSERT INTO orleansreminderstable AS r
       (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
   SET starttime = excluded.starttime,
       period = excluded.period,
       grainhash = excluded.grainhash,
       version = r.version + 1
RETURNING r.version AS "Version"
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- All reads return GrainId, ReminderName, StartTime, Period and Version.
INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadReminderRowsKey', $q$
SELECT grainid      AS "GrainId",
       remindername AS "ReminderName",
       starttime    AS "StartTime",
       period       AS "Period",
       version      AS "Version"
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId
   AND grainid = @GrainId
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadReminderRowKey', $q$
SELECT grainid      AS "GrainId",
       remindername AS "ReminderName",
       starttime    AS "StartTime",
       period       AS "Period",
       version      AS "Version"
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId
   AND grainid = @GrainId
   AND remindername = @ReminderName
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Ring slice (@BeginHash, @EndHash]. Orleans picks this form when begin < end as signed
-- 32-bit numbers ...
INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadRangeRows1Key', $q$
SELECT grainid      AS "GrainId",
       remindername AS "ReminderName",
       starttime    AS "StartTime",
       period       AS "Period",
       version      AS "Version"
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId
   AND grainhash > @BeginHash
   AND grainhash <= @EndHash
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- ... and this one when the slice wraps around the end of the ring.
INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadRangeRows2Key', $q$
SELECT grainid      AS "GrainId",
       remindername AS "ReminderName",
       starttime    AS "StartTime",
       period       AS "Period",
       version      AS "Version"
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId
   AND (grainhash > @BeginHash OR grainhash <= @EndHash)
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Unregister one reminder if the caller's version is current. One column: 1 deleted, 0 not.
INSERT INTO orleansquery (querykey, querytext) VALUES ('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM orleansreminderstable
     WHERE serviceid = @ServiceId
       AND grainid = @GrainId
       AND remindername = @ReminderName
       AND version = @Version
    RETURNING 1
)
SELECT count(*)::integer FROM removed
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Forget every reminder of the service (tests and tooling).
INSERT INTO orleansquery (querykey, querytext) VALUES ('DeleteReminderRowsKey', $q$
DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
