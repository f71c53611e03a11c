-- The release gates ask, per target, for the newest backup completed by a moment (and the newest that
-- succeeded). H2 walks an index backwards only when one is declared in that order: without this one it
-- read and sorted a target's whole history (8,600 rows for a demo system) for each gate of each release.
-- PostgreSQL would walk backups_by_target_time backwards, and uses this one just the same.
CREATE INDEX backups_newest_first ON backups (system_name, environment, completed_at DESC, external_id DESC);
