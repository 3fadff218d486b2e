-- Each partnership's current summary gets a row of its own, which a new version rewrites in place, and
-- partnership_summary keeps only the versions that were replaced. Before, a new version moved the one it
-- replaced in five indexes (their valid_to changed) and added itself to seven: the largest share of the
-- projection's work per event. Now it copies one row into two indexes and rewrites one row, whose indexes
-- change only where their columns do (a stage, the count of outcome reports).
--
-- valid_to stays in the current rows, always 9999-12-31, so that partnership_version, the view over both
-- tables, answers "as of" queries with the same conditions as before, and current queries keep their order
-- over the (slot, valid_to, ...) indexes.
CREATE TABLE partnership_current (
    slot                      CHAR(1)      NOT NULL,
    partnership_id            VARCHAR(80)  NOT NULL,
    version                   BIGINT       NOT NULL,
    valid_from                TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to                  TIMESTAMP WITH TIME ZONE NOT NULL,
    title                     VARCHAR(300) NOT NULL,
    title_key                 VARCHAR(300) NOT NULL,
    parties                   TEXT        NOT NULL,
    announced_on              DATE         NOT NULL,
    stage                     VARCHAR(30)  NOT NULL,
    concluded                 BOOLEAN      NOT NULL,
    benchmarks                INTEGER      NOT NULL,
    independent_validations   INTEGER      NOT NULL,
    clinical_deployments      INTEGER      NOT NULL,
    outcome_reports           INTEGER      NOT NULL,
    deployment_target_date    DATE,
    first_deployed_on         DATE,
    first_outcome_reported_on DATE,
    PRIMARY KEY (slot, partnership_id)
);

INSERT INTO partnership_current (slot, partnership_id, version, valid_from, valid_to, title, title_key, parties,
        announced_on, stage, concluded, benchmarks, independent_validations, clinical_deployments, outcome_reports,
        deployment_target_date, first_deployed_on, first_outcome_reported_on)
    SELECT slot, partnership_id, version, valid_from, valid_to, title, title_key, parties, announced_on, stage,
           concluded, benchmarks, independent_validations, clinical_deployments, outcome_reports,
           deployment_target_date, first_deployed_on, first_outcome_reported_on
    FROM partnership_summary
    WHERE valid_to = TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00';
DELETE FROM partnership_summary WHERE valid_to = TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00';

DROP INDEX ix_summary_current_days;
DROP INDEX ix_summary_current_announced;
DROP INDEX ix_summary_current_title;
DROP INDEX ix_summary_current_stage;
DROP INDEX ix_summary_current_id;
DROP INDEX ix_summary_valid_from;

CREATE INDEX ix_current_days ON partnership_current (slot, valid_to, outcome_reports, announced_on, partnership_id);
CREATE INDEX ix_current_announced ON partnership_current (slot, valid_to, announced_on, partnership_id);
CREATE INDEX ix_current_title ON partnership_current (slot, valid_to, title_key, partnership_id);
CREATE INDEX ix_current_stage ON partnership_current (slot, valid_to, stage);

-- "As of" a past day reads the versions replaced after its end: short for recent days.
CREATE INDEX ix_summary_replaced ON partnership_summary (slot, valid_to);

-- Every version, replaced or current: what "as of" queries read. Both H2 and PostgreSQL push the
-- conditions of a query on the view into each of its two parts, onto their indexes.
CREATE VIEW partnership_version AS
    SELECT slot, partnership_id, version, valid_from, valid_to, title, title_key, parties, announced_on, stage,
           concluded, benchmarks, independent_validations, clinical_deployments, outcome_reports,
           deployment_target_date, first_deployed_on, first_outcome_reported_on
    FROM partnership_summary
    UNION ALL
    SELECT slot, partnership_id, version, valid_from, valid_to, title, title_key, parties, announced_on, stage,
           concluded, benchmarks, independent_validations, clinical_deployments, outcome_reports,
           deployment_target_date, first_deployed_on, first_outcome_reported_on
    FROM partnership_current;
