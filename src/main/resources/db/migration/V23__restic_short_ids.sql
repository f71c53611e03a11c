-- Restic snapshots are identified by their short id (the first 8 hex digits): `restic backup --json`
-- reports only that, `restic snapshots --json` both, so the two imports of one snapshot meet.
UPDATE backups SET external_id = SUBSTRING(external_id, 1, 8)
 WHERE source = 'RESTIC' AND LENGTH(external_id) = 64;
