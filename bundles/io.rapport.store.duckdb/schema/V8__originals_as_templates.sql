-- Version 8: the original records of an export may be kept as templates. An importer may hand its records over
-- with the spans of the values it mapped (OriginalRecord): the record's bytes with each such value replaced by a
-- slot (chr(1) and a letter) is a template that the records of one export share, kept once per dataset in
-- record_templates; the interaction then has raw NULL and raw_template its number (exactly one of the two is set:
-- the store's code keeps it so). Filling the slots from the interaction's own columns gives the original back,
-- byte for byte (view originals). Measured on `rapport bench import` (2 million interchange records): storing each
-- record's bytes compressed cost about 2 CPU-seconds of the import.
ALTER TABLE interactions ALTER COLUMN raw DROP NOT NULL;
ALTER TABLE interactions ADD COLUMN raw_template INTEGER;
CREATE TABLE record_templates (
    dataset_id  BIGINT  NOT NULL,
    template_no INTEGER NOT NULL,
    template    VARCHAR NOT NULL
);
-- Every interaction's original record. A slot is written as OriginalRecord.Field.render writes it in Java (the
-- store's tests compare the two for every field).
CREATE VIEW originals AS
SELECT i.channel, i.source_id, i.dataset_id, i.source_line, i.source_offset,
       COALESCE(i.raw,
         replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
         replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t.template,
           chr(1) || 'c', '"' || i.channel || '"'),
           chr(1) || 'i', '"' || i.source_id || '"'),
           chr(1) || 'I', i.source_id),
           chr(1) || 'k', '"' || i.kind || '"'),
           chr(1) || 'h', '"' || i.author_handle || '"'),
           chr(1) || 'n', '"' || COALESCE(i.author_name, '') || '"'),
           chr(1) || 'r', '"' || COALESCE(i.author_role, '') || '"'),
           chr(1) || 'd', '"' || COALESCE(i.author_department, '') || '"'),
           chr(1) || 't', '"' || strftime(i.created_at, '%Y-%m-%dT%H:%M:%S')
                || CASE WHEN epoch_us(i.created_at) % 1000000 = 0 THEN ''
                        WHEN epoch_us(i.created_at) % 1000 = 0
                            THEN '.' || lpad((epoch_us(i.created_at) % 1000000 // 1000)::VARCHAR, 3, '0')
                        ELSE '.' || lpad((epoch_us(i.created_at) % 1000000)::VARCHAR, 6, '0') END || 'Z"'),
           chr(1) || 'e', (epoch_us(i.created_at) // 1000000)::VARCHAR),
           chr(1) || 'x', '"' || COALESCE(i.text, '') || '"'),
           chr(1) || 'p', '"' || COALESCE(i.in_reply_to, '') || '"'),
           chr(1) || 'P', COALESCE(i.in_reply_to, '')),
           chr(1) || 'v', '"' || COALESCE(i.thread_id, '') || '"'),
           chr(1) || 'V', COALESCE(i.thread_id, '')),
           chr(1) || 's', '"' || COALESCE(i.space, '') || '"'),
           chr(1) || 'u', '"' || COALESCE(i.url, '') || '"'),
           chr(1) || 'l', '"' || COALESCE(i.language, '') || '"'),
           chr(1) || 'g', COALESCE(i.rating::VARCHAR, '')),
           chr(1) || 'L', COALESCE(i.likes::VARCHAR, '')),
           chr(1) || 'S', COALESCE(i.shares::VARCHAR, '')),
           chr(1) || 'R', COALESCE(i.replies::VARCHAR, '')),
           chr(1) || 'm', CASE WHEN len(COALESCE(i.mentions, [])) = 0 THEN '[]'
                               ELSE '["' || array_to_string(i.mentions, '","') || '"]' END)) AS raw
FROM interactions i
LEFT JOIN record_templates t ON t.dataset_id = i.dataset_id AND t.template_no = i.raw_template;
