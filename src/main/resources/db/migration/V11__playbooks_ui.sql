-- Playbooks kept in the workspace: the YAML text as written (so export gives back what was
-- imported), with the system and environment it is scoped to for listing and run locks.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE playbooks (
    name        VARCHAR(200) PRIMARY KEY,
    system_name VARCHAR(64) NOT NULL,
    environment VARCHAR(64) NOT NULL,
    yaml_text   TEXT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200) NOT NULL
);
CREATE INDEX playbooks_by_target ON playbooks (system_name, environment);
