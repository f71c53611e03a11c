-- Playbook runs and the state of each step, written on every change so that a run whose process
-- died reopens as interrupted and resumes where it stopped. Runs unchanged on H2 (PostgreSQL mode)
-- and PostgreSQL. Parameter values are stored with secret-looking ones masked; `record` is the
-- step's state as JSON (command masked, output digest).
CREATE TABLE playbook_runs (
    run_id        VARCHAR(64) PRIMARY KEY,
    playbook_name VARCHAR(200) NOT NULL,
    system_name   VARCHAR(64) NOT NULL,
    environment   VARCHAR(64) NOT NULL,
    operator_name VARCHAR(200) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    position      INT NOT NULL,
    parameters    TEXT NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX playbook_runs_by_status ON playbook_runs (status);
CREATE INDEX playbook_runs_by_playbook ON playbook_runs (playbook_name, started_at);

CREATE TABLE playbook_steps (
    run_id      VARCHAR(64) NOT NULL,
    step_index  INT NOT NULL,
    name        VARCHAR(500) NOT NULL,
    state       VARCHAR(16) NOT NULL,
    elapsed_ms  BIGINT NOT NULL,
    record      TEXT NOT NULL,
    PRIMARY KEY (run_id, step_index)
);
