-- Version 5: derived tables. data_version changes with every committed change of the project's data (an
-- import, new settings, new sentiment scores); a derived table (the analyses' per-interaction facts) is
-- rebuilt when its definition or the data version it was built from differ.
CREATE TABLE project_state (
    data_version BIGINT NOT NULL
);
INSERT INTO project_state VALUES (0);
CREATE TABLE derived_tables (
    name       VARCHAR   PRIMARY KEY,
    built_from VARCHAR   NOT NULL,
    built_at   TIMESTAMP NOT NULL
);
