-- Version 4: a rejected record's original text is kept beside its reason (at most 64 KiB of it), so that the
-- Import Log shows what was wrong without the source file.
ALTER TABLE import_errors ADD COLUMN raw VARCHAR;
