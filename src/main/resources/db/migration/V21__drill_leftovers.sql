-- What each drill run must clean up, stored when it starts so that a run cut off by a crash (or a
-- failed target kept for investigation) can run its plan's cleanup later (`drill cleanup RUN`).
-- `cleanup_steps` is the plan's cleanup steps as JSON; `variables` the values its commands use as
-- JSON, secret-looking ones masked (never stored in clear). A row stays listed until `cleaned_at`.
-- No foreign key: drill_runs rows are replaced on every save. Same SQL on H2 and PostgreSQL.
CREATE TABLE drill_leftovers (
    run_id         VARCHAR(64) NOT NULL PRIMARY KEY,
    plan_name      VARCHAR(500) NOT NULL,
    target_profile VARCHAR(200) NOT NULL,
    first_index    INT NOT NULL,
    cleanup_steps  TEXT NOT NULL,
    variables      TEXT NOT NULL,
    kept_until     TIMESTAMP WITH TIME ZONE,
    cleaned_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX drill_leftovers_uncleaned ON drill_leftovers (cleaned_at);
