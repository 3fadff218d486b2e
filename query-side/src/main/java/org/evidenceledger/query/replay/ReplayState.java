package org.evidenceledger.query.replay;

public enum ReplayState {
    RUNNING,
    COMPLETED,
    FAILED
}
