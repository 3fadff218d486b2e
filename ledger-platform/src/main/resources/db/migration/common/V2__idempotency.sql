-- The first answer given under each account's Idempotency-Key (API.md, Headers).
CREATE TABLE idempotency_record (
    account          VARCHAR(255) NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    partnership_id   VARCHAR(80)  NOT NULL,
    entry_id         VARCHAR(80),
    version          BIGINT       NOT NULL,
    location         VARCHAR(300),
    recorded_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (account, idempotency_key)
);
