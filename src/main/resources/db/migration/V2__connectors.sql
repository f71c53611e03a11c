-- Connection and storage profiles. No secret columns at all: passphrases and passwords are asked
-- for when a connection opens; AWS credentials come from the default chain or a named profile.

CREATE TABLE connection_profiles (
    name               VARCHAR(100) PRIMARY KEY,
    kind               VARCHAR(16) NOT NULL,
    host               VARCHAR(255) NOT NULL,
    port               INT NOT NULL,
    login_user         VARCHAR(100) NOT NULL,
    auth_method        VARCHAR(16),
    key_path           VARCHAR(1000),
    jump_profile       VARCHAR(100),
    connect_timeout_ms BIGINT NOT NULL,
    command_timeout_ms BIGINT NOT NULL,
    keep_alive_seconds BIGINT NOT NULL
);

CREATE TABLE storage_profiles (
    name        VARCHAR(100) PRIMARY KEY,
    region      VARCHAR(64) NOT NULL,
    aws_profile VARCHAR(100),
    endpoint    VARCHAR(1000),
    path_style  BOOLEAN NOT NULL DEFAULT FALSE,
    bucket      VARCHAR(255) NOT NULL,
    key_prefix  VARCHAR(1000) NOT NULL DEFAULT '',
    naming_rule VARCHAR(1000) NOT NULL DEFAULT ''
);
