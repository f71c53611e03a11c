-- Drill plans kept in the workspace: the YAML text as people wrote it (so export gives back their
-- file), with the system and environment it proves for listing. Runs unchanged on H2 (PostgreSQL
-- mode) and PostgreSQL.
CREATE TABLE drill_plans (
    name        VARCHAR(200) NOT NULL PRIMARY KEY,
    system_name VARCHAR(200) NOT NULL,
    environment VARCHAR(100) NOT NULL,
    yaml_text   TEXT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200) NOT NULL
);

CREATE INDEX drill_plans_by_target ON drill_plans (system_name, environment);
