-- Spring Integration's JDBC lock registry: jobs that must run on one instance at a time (retention) hold a lock.
CREATE TABLE int_lock (
    lock_key      CHAR(36)     NOT NULL,
    region        VARCHAR(100) NOT NULL,
    client_id     CHAR(36),
    created_date  TIMESTAMP    NOT NULL,
    expired_after TIMESTAMP    NOT NULL,
    CONSTRAINT int_lock_pk PRIMARY KEY (lock_key, region)
);
