-- Read models of the query side (portable SQL: H2 and PostgreSQL alike). Every table has a slot ('a' or 'b'): one slot answers queries
-- while the other can be rebuilt from the event store, then they swap (read_model_slot).

CREATE TABLE read_model_slot (
    read_model  VARCHAR(50) PRIMARY KEY,
    active_slot CHAR(1)     NOT NULL
);
INSERT INTO read_model_slot (read_model, active_slot) VALUES ('partnerships', 'a');

-- One row per entry of a partnership's timeline, with the recorded time of its retraction if any.
CREATE TABLE timeline_entry (
    slot               CHAR(1)      NOT NULL,
    partnership_id     VARCHAR(80)  NOT NULL,
    entry_id           VARCHAR(80)  NOT NULL,
    sequence_number    BIGINT       NOT NULL,
    entry_type         VARCHAR(30)  NOT NULL,
    occurred_on        DATE         NOT NULL,
    target_date        DATE,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(255) NOT NULL,
    source_url         VARCHAR(2000),
    source_publisher   VARCHAR(500),
    source_title       VARCHAR(500),
    details            TEXT        NOT NULL,
    retracted_at       TIMESTAMP WITH TIME ZONE,
    retraction_entry   VARCHAR(80),
    retraction_reason  VARCHAR(2000),
    PRIMARY KEY (slot, partnership_id, entry_id)
);
CREATE INDEX ix_timeline_order ON timeline_entry (slot, partnership_id, occurred_on, recorded_at, sequence_number);

-- Each version of each partnership's summary, valid in recorded time from valid_from until
-- valid_to (9999-12-31 for the current one, so that current and "as of" queries alike range over
-- the same indexes), so "as of" queries read indexed rows, never events.
CREATE TABLE partnership_summary (
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
    PRIMARY KEY (slot, partnership_id, version)
);
CREATE INDEX ix_summary_current_days ON partnership_summary (slot, valid_to, outcome_reports, announced_on, partnership_id);
CREATE INDEX ix_summary_current_announced ON partnership_summary (slot, valid_to, announced_on, partnership_id);
CREATE INDEX ix_summary_current_title ON partnership_summary (slot, valid_to, title_key, partnership_id);
CREATE INDEX ix_summary_current_stage ON partnership_summary (slot, valid_to, stage);
CREATE INDEX ix_summary_valid_from ON partnership_summary (slot, valid_from);

-- The organizations of each partnership, for the party filter and the organization ranking.
CREATE TABLE partnership_party (
    slot           CHAR(1)      NOT NULL,
    partnership_id VARCHAR(80)  NOT NULL,
    position       INTEGER      NOT NULL,
    name           VARCHAR(300) NOT NULL,
    name_key       VARCHAR(300) NOT NULL,
    role           VARCHAR(30)  NOT NULL,
    PRIMARY KEY (slot, partnership_id, position)
);
CREATE INDEX ix_party_name ON partnership_party (slot, name_key, partnership_id);
