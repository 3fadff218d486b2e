package org.evidenceledger.command.endtoend;

/** {@link GroupCommitTest} on the embedded default's H2 file. */
class GroupCommitOnH2Test extends GroupCommitTest {
}
