-- The workspace file as code (issue 15): host keys trusted because the file pins their SHA-256
-- fingerprint, and where each profile's secrets come from. A reference (env:NAME, file:PATH,
-- command:...) is stored, never a secret value.

CREATE TABLE pinned_host_keys (
    host_name   VARCHAR(255) NOT NULL,
    port_number INTEGER NOT NULL,
    fingerprint VARCHAR(100) NOT NULL,
    PRIMARY KEY (host_name, port_number)
);

CREATE TABLE secret_references (
    profile_name VARCHAR(100) NOT NULL,
    purpose      VARCHAR(32) NOT NULL,
    secret_ref   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (profile_name, purpose)
);
