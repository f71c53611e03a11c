-- Team mode: run locks, roles. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- Who holds a run lock since when. On PostgreSQL the lock itself is a session advisory lock
-- (lock_id) held by the holder's dedicated connection; a row whose advisory lock is gone is
-- stale (its console died) and is replaced by the next holder. On H2 the row is the lock.
CREATE TABLE run_locks (
    resource    VARCHAR(500) PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    session_id  VARCHAR(64) NOT NULL,
    lock_id     BIGINT NOT NULL
);

-- User name -> roles (viewer, release-manager, incident-commander, drill-operator, admin).
CREATE TABLE roles (
    user_name   VARCHAR(200) NOT NULL,
    role_name   VARCHAR(32) NOT NULL,
    granted_by  VARCHAR(200) NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_name, role_name)
);

-- One row at most: the first user to connect to a shared workspace becomes its admin. The
-- primary key makes that claim atomic across consoles (INSERT ... ON CONFLICT DO NOTHING).
CREATE TABLE role_bootstrap (
    id          INT PRIMARY KEY,
    first_admin VARCHAR(200) NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Optimistic locking for policies, as releases have it: an edit names the version it was based on.
ALTER TABLE policies ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
