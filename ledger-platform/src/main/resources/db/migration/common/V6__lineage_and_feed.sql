-- Which earlier partnerships each partnership builds on (its announcement's buildsOn), for lineage,
-- with the recorded time of the announcement so that "as of" sees only links recorded by then.
CREATE TABLE partnership_link (
    slot           CHAR(1)     NOT NULL,
    partnership_id VARCHAR(80) NOT NULL,
    builds_on      VARCHAR(80) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (slot, partnership_id, builds_on)
);
CREATE INDEX ix_link_descendants ON partnership_link (slot, builds_on, partnership_id);

-- The feed reads the most recently recorded entries first.
CREATE INDEX ix_timeline_recorded ON timeline_entry (slot, recorded_at, sequence_number);

-- Read models are derived: ledgers projected before this table existed are projected again from the
-- event store, in both slots, when the service next starts.
DELETE FROM timeline_entry;
DELETE FROM partnership_summary;
DELETE FROM partnership_party;
DELETE FROM dead_letter_entry;
DELETE FROM token_entry WHERE processor_name IN ('partnerships-a', 'partnerships-b');
