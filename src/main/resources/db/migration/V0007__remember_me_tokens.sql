-- Signed in across a restart: Spring Security's persistent remember-me tokens, one row per browser that signed
-- in (the series), with the token that browser must show next. The columns are the ones JdbcTokenRepositoryImpl
-- reads and writes; the table is made here, not by its createTableOnStartup.
-- Runs unchanged on MariaDB and on the embedded H2 default in MariaDB mode.

CREATE TABLE persistent_logins (
    series    VARCHAR(64)  NOT NULL PRIMARY KEY,
    username  VARCHAR(254) NOT NULL,
    token     VARCHAR(64)  NOT NULL,
    last_used DATETIME(6)  NOT NULL
);

-- Signing out deletes every token of that member ("where username = ?").
CREATE INDEX ix_persistent_logins_username ON persistent_logins (username);
