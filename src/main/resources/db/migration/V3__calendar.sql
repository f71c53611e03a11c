-- Gate waivers: a named person lets a release go despite a failing gate, until the waiver expires.
-- Waivers are never deleted; an expired waiver stays as history (and as evidence).
CREATE TABLE gate_waivers (
    id           VARCHAR(64) PRIMARY KEY,
    gate         VARCHAR(32) NOT NULL,
    release_id   VARCHAR(64),
    system_name  VARCHAR(64),
    environment  VARCHAR(64),
    waived_by    VARCHAR(200) NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gate_waivers_scope CHECK (release_id IS NOT NULL OR system_name IS NOT NULL)
);
CREATE INDEX gate_waivers_by_expiry ON gate_waivers (expires_at);
