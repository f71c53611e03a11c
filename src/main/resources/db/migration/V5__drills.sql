-- Drill runs: the state of every step, written on each change, so that a run whose process died
-- reopens as interrupted with its finished steps intact. Runs unchanged on H2 (PostgreSQL mode)
-- and PostgreSQL. `outcome` is the step's state as JSON (command redacted, output digests).
CREATE TABLE drill_steps (
    run_id     VARCHAR(64) NOT NULL,
    step_index INT NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    name       VARCHAR(500) NOT NULL,
    state      VARCHAR(16) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome    TEXT NOT NULL,
    PRIMARY KEY (run_id, step_index)
);

CREATE INDEX drill_runs_by_result ON drill_runs (result);
