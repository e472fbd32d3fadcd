-- MfaGrains PostgreSQL schema, part 2 of 5: cluster membership (Orleans.Clustering.AdoNet).
--
-- Silos write here; API processes in client mode only read the gateway list. Orleans calls
-- the ClusterId "DeploymentId" in this schema. Query keys: the nine the provider requires
-- (GatewaysQueryKey, MembershipReadRowKey, MembershipReadAllKey, InsertMembershipVersionKey,
-- UpdateIAmAlivetimeKey, InsertMembershipKey, UpdateMembershipKey,
-- DeleteMembershipTableEntriesKey, CleanupDefunctSiloEntriesKey) plus the optional
-- CleanupDefunctSiloEntryKey, which 10.4 prefers when present.

-- One row per cluster. Its version is the optimistic-concurrency token of the whole
-- membership table: a membership write must present the version it read, and bumps it.
CREATE TABLE IF NOT EXISTS orleansmembershipversiontable
(
    deploymentid text        NOT NULL,
    timestamp    timestamptz NOT NULL DEFAULT now(),
    version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleansmembershipversiontable PRIMARY KEY (deploymentid)
);

-- One row per silo incarnation: address + port + generation (the silo's start epoch).
CREATE TABLE IF NOT EXISTS orleansmembershiptable
(
    deploymentid text        NOT NULL,
    address      text        NOT NULL,
    port         integer     NOT NULL,
    generation   integer     NOT NULL,
    siloname     text        NOT NULL,
    hostname     text        NOT NULL,
    status       integer     NOT NULL, -- SiloStatus: 1 Created, 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead
    proxyport    integer     NOT NULL, -- gateway port, 0 when the silo is not a gateway
    suspecttimes text        NULL,     -- "silo,time|silo,time": who suspects this silo, and since when
    starttime    timestamptz NOT NULL,
    iamalivetime timestamptz NOT NULL, -- the silo's own heartbeat
    CONSTRAINT pk_orleansmembershiptable PRIMARY KEY (deploymentid, address, port, generation),
    CONSTRAINT fk_orleansmembershiptable_version FOREIGN KEY (deploymentid)
        REFERENCES orleansmembershipversiontable (deploymentid)
);

-- The two conditional membership writes are functions because each is "check the table
-- version, change a silo row, bump the version" and must change nothing when any step fails.
-- Both take the version row's lock before writing anything: concurrent writers queue on it,
-- and once the winner commits, the re-checked "version = p_version" fails for the rest, who
-- return 0 without having written. No exception blocks (savepoints) are needed.

-- Adds a silo's row. 1 when added, 0 when the version was stale or the row already exists.
CREATE OR REPLACE FUNCTION mfagrains_membership_insert(
    p_deployment_id   text,
    p_address         text,
    p_port            integer,
    p_generation      integer,
    p_silo_name       text,
    p_host_name       text,
    p_status          integer,
    p_proxy_port      integer,
    p_start_time      timestamptz,
    p_i_am_alive_time timestamptz,
    p_version         integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
BEGIN
    PERFORM 1
       FROM orleansmembershipversiontable
      WHERE deploymentid = p_deployment_id
        AND version = p_version
        FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    INSERT INTO orleansmembershiptable
           (deploymentid, address, port, generation, siloname, hostname,
            status, proxyport, suspecttimes, starttime, iamalivetime)
    VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
            p_status, p_proxy_port, NULL, p_start_time, p_i_am_alive_time)
    ON CONFLICT (deploymentid, address, port, generation) DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE orleansmembershipversiontable
       SET version = version + 1,
           timestamp = now()
     WHERE deploymentid = p_deployment_id;
    RETURN 1;
END
$fn$;

-- Changes a silo's status, suspicions and heartbeat. 1 when changed, 0 when the version was
-- stale or the silo has no row.
CREATE OR REPLACE FUNCTION mfagrains_membership_update(
    p_deployment_id   text,
    p_address         text,
    p_port            integer,
    p_generation      integer,
    p_status          integer,
    p_suspect_times   text,
    p_i_am_alive_time timestamptz,
    p_version         integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
BEGIN
    PERFORM 1
       FROM orleansmembershipversiontable
      WHERE deploymentid = p_deployment_id
        AND version = p_version
        FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE orleansmembershiptable
       SET status = p_status,
           suspecttimes = p_suspect_times,
           iamalivetime = p_i_am_alive_time
     WHERE deploymentid = p_deployment_id
       AND address = p_address
       AND port = p_port
       AND generation = p_generation;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE orleansmembershipversiontable
       SET version = version + 1,
           timestamp = now()
     WHERE deploymentid = p_deployment_id;
    RETURN 1;
END
$fn$;

-- Stored query texts are dollar-quoted ($q$ ... $q$) so they need no escaping.

-- Creates the cluster's version row on first start. One column: 1 when created, 0 when it existed.
INSERT INTO orleansquery (querykey, querytext) VALUES ('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO orleansmembershipversiontable (deploymentid)
    VALUES (@DeploymentId)
    ON CONFLICT (deploymentid) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer FROM created
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('InsertMembershipKey', $q$
SELECT mfagrains_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                                   @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('UpdateMembershipKey', $q$
SELECT mfagrains_membership_update(@DeploymentId, @Address, @Port, @Generation,
                                   @Status, @SuspectTimes, @IAmAliveTime, @Version)
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- The heartbeat: one keyed assignment that leaves the table version alone, so it never
-- invalidates a version another writer is holding. Orleans ignores its result.
INSERT INTO orleansquery (querykey, querytext) VALUES ('UpdateIAmAlivetimeKey', $q$
UPDATE orleansmembershiptable
   SET iamalivetime = @IAmAliveTime
 WHERE deploymentid = @DeploymentId
   AND address = @Address
   AND port = @Port
   AND generation = @Generation
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- The two membership reads return the version row even when no silo row matches (outer
-- join): Orleans takes the table version from the first row and treats a NULL StartTime as
-- "no silo here". Both come from one statement, so rows and version are one snapshot.
INSERT INTO orleansquery (querykey, querytext) VALUES ('MembershipReadRowKey', $q$
SELECT v.deploymentid AS "DeploymentId",
       m.address      AS "Address",
       m.port         AS "Port",
       m.generation   AS "Generation",
       m.siloname     AS "SiloName",
       m.hostname     AS "HostName",
       m.status       AS "Status",
       m.proxyport    AS "ProxyPort",
       m.suspecttimes AS "SuspectTimes",
       m.starttime    AS "StartTime",
       m.iamalivetime AS "IAmAliveTime",
       v.version      AS "Version"
  FROM orleansmembershipversiontable AS v
  LEFT JOIN orleansmembershiptable AS m
         ON m.deploymentid = v.deploymentid
        AND m.address = @Address
        AND m.port = @Port
        AND m.generation = @Generation
 WHERE v.deploymentid = @DeploymentId
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('MembershipReadAllKey', $q$
SELECT v.deploymentid AS "DeploymentId",
       m.address      AS "Address",
       m.port         AS "Port",
       m.generation   AS "Generation",
       m.siloname     AS "SiloName",
       m.hostname     AS "HostName",
       m.status       AS "Status",
       m.proxyport    AS "ProxyPort",
       m.suspecttimes AS "SuspectTimes",
       m.starttime    AS "StartTime",
       m.iamalivetime AS "IAmAliveTime",
       v.version      AS "Version"
  FROM orleansmembershipversiontable AS v
  LEFT JOIN orleansmembershiptable AS m
         ON m.deploymentid = v.deploymentid
 WHERE v.deploymentid = @DeploymentId
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- What API clients read to find gateways: active silos (@Status is SiloStatus.Active) that
-- accept clients.
INSERT INTO orleansquery (querykey, querytext) VALUES ('GatewaysQueryKey', $q$
SELECT address    AS "Address",
       proxyport  AS "ProxyPort",
       generation AS "Generation"
  FROM orleansmembershiptable
 WHERE deploymentid = @DeploymentId
   AND status = @Status
   AND proxyport > 0
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Forgets a whole cluster (tests and tooling call it; a running cluster never does).
INSERT INTO orleansquery (querykey, querytext) VALUES ('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Defunct-silo cleanup (ClusterMembershipOptions.DefunctSiloCleanupPeriod/-Expiration).
-- The provider requires this bulk form, but uses it only when the per-row form below is
-- missing. Only dead silos (6) silent since the cut-off go; rows do not touch the version.
INSERT INTO orleansquery (querykey, querytext) VALUES ('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleansmembershiptable
 WHERE deploymentid = @DeploymentId
   AND status = 6
   AND iamalivetime < @IAmAliveTime
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Per-row cleanup: Orleans picks the expired dead rows from a membership read and deletes
-- each one only if it still looks exactly as read (start, heartbeat, suspicions), so a row
-- that changed in between survives until the next round.
INSERT INTO orleansquery (querykey, querytext) VALUES ('CleanupDefunctSiloEntryKey', $q$
DELETE FROM orleansmembershiptable
 WHERE deploymentid = @DeploymentId
   AND address = @Address
   AND port = @Port
   AND generation = @Generation
   AND status = 6
   AND starttime = @StartTime
   AND iamalivetime = @IAmAliveTime
   AND suspecttimes IS NOT DISTINCT FROM @SuspectTimes
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
