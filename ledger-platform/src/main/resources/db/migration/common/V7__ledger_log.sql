-- The ledger's append-only log (RFC 9162 Merkle tree) of every event's hash. Not a read model:
-- replays never touch it, and a leaf's index never changes once given.
CREATE TABLE ledger_leaf (
    leaf_index           BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    hash                 CHAR(64)     NOT NULL
);
CREATE INDEX ledger_leaf_event ON ledger_leaf (aggregate_identifier, sequence_number);

-- The root of every complete perfect subtree: level 0 holds the leaf hashes, node (level, i)
-- covers leaves [i * 2^level, (i + 1) * 2^level). Any root or proof is then O(log n) lookups.
CREATE TABLE ledger_node (
    level      INT      NOT NULL,
    node_index BIGINT   NOT NULL,
    hash       CHAR(64) NOT NULL,
    PRIMARY KEY (level, node_index)
);
