package io.rapport.importer.csv.internal;

/** How a generated file is written: its delimiter, line end and whether it starts with a byte-order mark. */
record CsvDialect(char delimiter, String lineEnd, boolean bom) {
    /** The mapping file for such files: the columns by header, the kind a constant. */
    String mapping() {
        return "{\"delimiter\": \"" + (delimiter == '\t' ? "tab" : String.valueOf(delimiter)) + "\", "
                + "\"constants\": {\"channel\": \"zendesk\", \"kind\": \"comment\"}, "
                + "\"fields\": {\"source_id\": \"ID\", "
                + "\"created_at\": \"Sent\", \"author_handle\": \"From\", \"text\": \"Body\", \"in_reply_to\": "
                + "\"Reply To\"}}";
    }
}
