package org.evidenceledger.platform.axon;

/**
 * How many events the read side of this process has yet to project, where commands and projection share one
 * process (the embedded default): the commands then leave it the cores to catch up (GroupCommit), so that what
 * a command answered is soon in every query. Absent where the read side runs elsewhere.
 */
public interface ReadSideBacklog {

    /** Events appended and not yet projected into the slot queries read; 0 when that is unknown. */
    long eventsBehind();
}
