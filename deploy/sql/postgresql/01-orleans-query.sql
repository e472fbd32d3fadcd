-- MfaGrains PostgreSQL schema, part 1 of 5: the catalogue of named queries.
--
-- Parts 01..04 are applied in file-name order, in one transaction, by apply.sh beside this
-- file (the deployment step) or, for development, by MfaGrains.Hosting when
-- Storage:ApplySchemaOnStart is true (it embeds these same files). Every part can be re-run:
-- tables and indexes are created only when missing, functions are replaced, and each stored
-- query is overwritten with the text below, so re-applying upgrades the queries and keeps data.
-- Written for PostgreSQL 12 or later; tested on 15.

-- Two appliers starting together (several silos with ApplySchemaOnStart) would race on
-- CREATE ... IF NOT EXISTS. This lock queues them; it is released when the transaction ends.
DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('mfagrains-schema')); END $$;

-- Each Orleans ADO.NET provider loads its queries from this table by key, once at start-up
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"), so a changed query needs a process restart.
-- The providers bind parameters by name (@Name) and read result columns by name: the query
-- texts may change freely as long as those names, types and row shapes stay.
CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  text NOT NULL,
    querytext text NOT NULL,
    CONSTRAINT pk_orleansquery PRIMARY KEY (querykey)
);
