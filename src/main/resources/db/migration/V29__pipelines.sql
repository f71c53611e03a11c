-- The workspace file's pipelines: part (pre-release backups, webhooks, evidence forwarding), kept as
-- the YAML text it was imported as; one row.
CREATE TABLE pipeline_settings (
    id          INT PRIMARY KEY,
    yaml_text   TEXT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- evidence forward: the last evidence sequence number each target has acknowledged.
CREATE TABLE evidence_forward_positions (
    target_name VARCHAR(200) PRIMARY KEY,
    last_seq    BIGINT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
