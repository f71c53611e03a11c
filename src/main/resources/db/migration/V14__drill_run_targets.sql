-- The connection profile a drill run restores into: its run lock is named after it, so start-up
-- recovery can tell a run cut off by a crash from one still live in another console.
ALTER TABLE drill_runs ADD COLUMN target_profile VARCHAR(200);
