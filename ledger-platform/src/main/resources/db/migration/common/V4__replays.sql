-- Rebuilds of the read models requested through POST /api/audit/replays.
CREATE TABLE read_model_replay (
    replay_id        VARCHAR(36)  PRIMARY KEY,
    status           VARCHAR(20)  NOT NULL,
    target_slot      CHAR(1)      NOT NULL,
    events_processed BIGINT       NOT NULL,
    total_events     BIGINT       NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    failure          VARCHAR(1000)
);
