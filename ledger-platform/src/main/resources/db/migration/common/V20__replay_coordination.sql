-- Several query processes share the read models: one replay at a time (whoever inserts the row of
-- replay_lock runs it), and a heartbeat that tells a running replay from one whose process died.
CREATE TABLE replay_lock (
    read_model VARCHAR(50) PRIMARY KEY,
    replay_id  VARCHAR(36) NOT NULL
);
ALTER TABLE read_model_replay ADD COLUMN owner VARCHAR(255);
ALTER TABLE read_model_replay ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
