-- Version 2: rejected records are kept with their dataset (line, offset, reason), and a view gives every
-- interaction its effective role and direction from the project settings (DESIGN.md, metric definitions).
CREATE TABLE import_errors (
    dataset_id  BIGINT  NOT NULL,
    line        BIGINT  NOT NULL,
    byte_offset BIGINT  NOT NULL,
    reason      VARCHAR NOT NULL
);
CREATE VIEW interactions_v AS
SELECT i.*,
       COALESCE(i.author_role, a.role, 'customer') AS role,
       COALESCE(i.author_department, a.department) AS department,
       CASE WHEN COALESCE(i.author_role, a.role, 'customer') = 'customer' THEN 'inbound' ELSE 'outbound' END
           AS direction
FROM interactions i
LEFT JOIN project_actors a
       ON a.channel = i.channel AND a.handle = lower(ltrim(i.author_handle, '@'));
