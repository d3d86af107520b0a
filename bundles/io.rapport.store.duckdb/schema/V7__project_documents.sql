-- Version 7: analysts' documents kept in the project (the gap matrix's rows, a journey assessment...), one JSON
-- text per key. They are the analyst's setup, not data: saving one does not change the data version.
CREATE TABLE project_documents (
    key        VARCHAR   PRIMARY KEY,
    content    VARCHAR   NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
