-- Calendar entries keep all-day (iCalendar VALUE=DATE) and their changed occurrences
-- (RECURRENCE-ID instances, as JSON) with their series.
ALTER TABLE backup_windows ADD COLUMN all_day BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE backup_windows ADD COLUMN overrides VARCHAR(8000) DEFAULT '' NOT NULL;
ALTER TABLE cab_meetings ADD COLUMN all_day BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cab_meetings ADD COLUMN overrides VARCHAR(8000) DEFAULT '' NOT NULL;
ALTER TABLE freezes ADD COLUMN all_day BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE freezes ADD COLUMN overrides VARCHAR(8000) DEFAULT '' NOT NULL;

-- Maintenance windows and external entries: shown on the calendar, never blocking a gate.
CREATE TABLE calendar_notes (
    name         VARCHAR(200) PRIMARY KEY,
    kind         VARCHAR(32) NOT NULL,
    systems      VARCHAR(2000) DEFAULT '' NOT NULL,
    environments VARCHAR(2000) DEFAULT '' NOT NULL,
    description  VARCHAR(4000) DEFAULT '' NOT NULL,
    start_local  TIMESTAMP NOT NULL,
    duration_seconds BIGINT NOT NULL,
    time_zone    VARCHAR(64) NOT NULL,
    rrule        VARCHAR(1000),
    exdates      VARCHAR(4000) DEFAULT '' NOT NULL,
    all_day      BOOLEAN DEFAULT FALSE NOT NULL,
    overrides    VARCHAR(8000) DEFAULT '' NOT NULL
);
