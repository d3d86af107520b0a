-- Version 6: the survey of the engagement hierarchy. The instrument (as loaded, and its levels and items for
-- the scoring queries) and every respondent's row (answers, attributes, social handle and the row as read) are
-- kept in the project like every other copy of personal data, so that a person can be erased completely and
-- the project encrypted at rest. The project holds one survey: respondent ids are unique in it (the import
-- replaces a stored respondent by the same id; a primary key would slow the bulk insert down and is not needed).
CREATE TABLE survey_instrument (
    name       VARCHAR   NOT NULL,
    definition VARCHAR   NOT NULL,
    file       VARCHAR,
    scale_min  INTEGER   NOT NULL,
    scale_max  INTEGER   NOT NULL,
    top_box    INTEGER   NOT NULL,
    loaded_at  TIMESTAMP NOT NULL
);
CREATE TABLE survey_levels (
    position INTEGER NOT NULL,
    level_id VARCHAR NOT NULL,
    label    VARCHAR NOT NULL
);
CREATE TABLE survey_items (
    position       INTEGER NOT NULL,
    item_id        VARCHAR NOT NULL,
    level_id       VARCHAR NOT NULL,
    level_position INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    reverse        BOOLEAN NOT NULL
);
CREATE SEQUENCE survey_import_ids START 1;
CREATE TABLE survey_imports (
    id          BIGINT    PRIMARY KEY,
    file        VARCHAR   NOT NULL,
    format      VARCHAR   NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    added       BIGINT    NOT NULL,
    replaced    BIGINT    NOT NULL,
    rejected    BIGINT    NOT NULL
);
CREATE TABLE survey_import_errors (
    import_id  BIGINT  NOT NULL,
    source_row BIGINT  NOT NULL,
    reason     VARCHAR NOT NULL,
    raw        VARCHAR
);
CREATE TABLE survey_respondents (
    respondent_no  BIGINT  NOT NULL,
    respondent_id  VARCHAR NOT NULL,
    handle_channel VARCHAR,
    handle         VARCHAR,
    import_id      BIGINT  NOT NULL,
    source_row     BIGINT  NOT NULL,
    raw            VARCHAR NOT NULL USING COMPRESSION zstd
);
CREATE TABLE survey_attributes (
    respondent_no BIGINT  NOT NULL,
    name          VARCHAR NOT NULL,
    value         VARCHAR NOT NULL
);
CREATE TABLE survey_answers (
    respondent_no BIGINT  NOT NULL,
    item_id       VARCHAR NOT NULL,
    answer        INTEGER NOT NULL
);
