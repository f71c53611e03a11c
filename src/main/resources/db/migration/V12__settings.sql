-- Live inventory refresh sources: a backup tool's listing command over a connection profile, or an
-- S3 prefix of a storage profile mapped by a naming rule. No secrets: profiles hold none either.

CREATE TABLE refresh_sources (
    name             VARCHAR(100) PRIMARY KEY,
    kind             VARCHAR(16) NOT NULL,
    profile_name     VARCHAR(100) NOT NULL,
    command_line     VARCHAR(2000) NOT NULL DEFAULT '',
    import_format    VARCHAR(32) NOT NULL DEFAULT '',
    naming_rule      VARCHAR(1000) NOT NULL DEFAULT '',
    system_name      VARCHAR(100),
    environment_name VARCHAR(100),
    interval_seconds BIGINT NOT NULL DEFAULT 0
);
