-- The heat map's read form of backup_day_summary: one row per target and calendar year holding
-- its days as fixed-width records (see infra.db.PackedYear), so a year of 1,000 targets is about
-- 1,000 rows instead of 365,000. Kept in the same transactions as the day rows; derived data.

CREATE TABLE backup_year_summary (
    target_id    INT NOT NULL REFERENCES backup_targets(id),
    summary_year INT NOT NULL,
    packed_days  BYTEA NOT NULL,
    -- the newest succeeded and verified completion in the year (epoch seconds, NULL: none), so
    -- the recovery points carried into a range need not decode earlier years
    last_ok_epoch       BIGINT,
    last_verified_epoch BIGINT,
    PRIMARY KEY (target_id, summary_year)
);

-- TRUE until the store has packed the day rows that existed before this table (or were written
-- around it); the store packs them on first open.
ALTER TABLE backup_summary_zone ADD COLUMN needs_packing BOOLEAN DEFAULT TRUE NOT NULL;
