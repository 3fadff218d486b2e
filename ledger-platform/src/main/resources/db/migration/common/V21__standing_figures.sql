-- The dashboard's and the organization ranking's figures, kept by the projection in the same transaction as
-- the summaries, so that a request reads a few rows whatever the size of the ledger. A scope is the whole
-- ledger ('') or one organization (its name_key).

-- Partnerships without outcome data, counted per announcement day: the buckets their median is found in.
CREATE TABLE waiting_day (
    slot         CHAR(1)      NOT NULL,
    scope        VARCHAR(300) NOT NULL,
    announced_on DATE         NOT NULL,
    partnerships BIGINT       NOT NULL,
    PRIMARY KEY (slot, scope, announced_on)
);

-- The versions of a scope's figures, each valid in recorded time from valid_from to valid_to; as-of queries look
-- at the ends of days only, so a scope keeps one version per day it changed on. The median days without
-- outcome data on a day D is D minus the announcement dates of the middle partnership(s) without outcome data
-- (positions (n - 1) / 2 and n / 2 in date order), so the figure keeps those two dates, each with the number of
-- such partnerships announced before it: a change moves them by one step along waiting_day, never a walk.
CREATE TABLE standing_figure (
    slot                    CHAR(1)      NOT NULL,
    scope                   VARCHAR(300) NOT NULL,
    revision                BIGINT       NOT NULL,
    valid_from              TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to                TIMESTAMP WITH TIME ZONE NOT NULL,
    name                    VARCHAR(300) NOT NULL,
    partnerships            BIGINT       NOT NULL,
    with_outcome_data       BIGINT       NOT NULL,
    announced               BIGINT       NOT NULL,
    benchmarked             BIGINT       NOT NULL,
    independently_validated BIGINT       NOT NULL,
    clinically_deployed     BIGINT       NOT NULL,
    outcomes_reported       BIGINT       NOT NULL,
    median_low              DATE,
    median_low_before       BIGINT,
    median_high             DATE,
    median_high_before      BIGINT,
    PRIMARY KEY (slot, scope, revision)
);
CREATE INDEX ix_figure_as_of ON standing_figure (slot, scope, valid_from, revision);
CREATE INDEX ix_figure_in_force ON standing_figure (slot, valid_to, scope);
