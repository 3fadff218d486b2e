-- The list filtered by party starts from the organization's rows in partnership_party and looks up each
-- partnership's current summary here, so a page costs what the organization holds, not what the ledger holds.
CREATE INDEX ix_summary_current_id ON partnership_summary (slot, valid_to, partnership_id);
