package io.rapport.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.importer.csv.ColumnRule;
import io.rapport.importer.csv.CsvMapping;
import io.rapport.importer.csv.CsvMappingException;
import io.rapport.importer.csv.CsvMappingFile;
import io.rapport.importer.csv.MappingGuess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Mapping files: what they say, what a saved one reads back as, and errors that name the file and JSON path. */
class CsvMappingFileTest {

    private static String error(String json) {
        return assertThrows(CsvMappingException.class, () -> CsvMappingFile.parse(json, "m.json")).getMessage();
    }

    @Test
    void aMappingFileReadsAsColumnsConstantsValueMapsAndTimestampRules() throws Exception {
        CsvMapping m = CsvMappingFile.parse(Fixtures.SUPPORT_DESK_MAPPING, "m.json");
        assertEquals(Map.of("channel", "zendesk", "kind", "ticket"), m.constants());
        assertEquals(ColumnRule.timestamp("Sent", "dd/MM/yyyy HH:mm", "Europe/London"), m.fields().get("created_at"));
        assertEquals(Map.of("Agent", "staff", "End-user", "customer"), m.fields().get("author_role").values());
        assertEquals(ColumnRule.column("Message ID"), m.fields().get("source_id"));
        assertEquals(List.of(), m.unmappedRequired());
        CsvMapping tabs = CsvMappingFile.parse("{\"delimiter\": \"tab\", \"encoding\": \"windows-1252\"}", "t.json");
        assertEquals('\t', tabs.delimiter());
        assertEquals("windows-1252", tabs.encoding());
        assertEquals(List.of("source_id", "created_at", "kind", "author_handle"), tabs.unmappedRequired());
    }

    @Test
    void aSavedMappingReadsBackAsTheSameMapping(@TempDir Path tmp) throws Exception {
        CsvMapping m = CsvMappingFile.parse(Fixtures.SOCIAL_LISTENING_MAPPING, "m.json").withDelimiter(';')
                .withEncoding("UTF-16").withConstant("space", "acme-community")
                .withField("author_department", ColumnRule.column("Team").withDefault("Care"))
                .withField("mentions", ColumnRule.column("Tagged").withSeparator("\\|"));
        Path file = tmp.resolve("saved.json");
        CsvMappingFile.write(m, file, "from the wizard");
        assertEquals(m, CsvMappingFile.read(file));
        assertEquals(m, CsvMappingFile.parse(CsvMappingFile.toJson(m), "again"));
    }

    @Test
    void errorsNameTheFileAndTheJsonPath() {
        assertTrue(error("{\"fields\": }").startsWith("m.json: invalid JSON at line 1, column 12: Unexpected"
                + " character ('}' (code 125))"));
        assertEquals("m.json: $.feilds: unknown key (expected one of comment, constants, delimiter, encoding,"
                + " fields, version)", error("{\"feilds\": {}}"));
        assertEquals("m.json: $.fields.created_at.fromat: unknown key (expected one of column, default, format,"
                + " from_text, separator, values, zone)", error("{\"fields\": {\"created_at\": {\"column\": \"d\","
                        + " \"fromat\": \"dd/MM\"}}}"));
        assertEquals("m.json: $.constants.channel: 'twitter' is not a channel (one of x, mastodon, reddit, facebook,"
                + " instagram, linkedin, bluesky, google-play, app-store, trustpilot, zendesk, discourse, csv)",
                error("{\"constants\": {\"channel\": \"twitter\"}}"));
        assertEquals("m.json: $.fields.kind.values.Retweet: unknown kind 'repost' (expected one of post, reply,"
                + " comment, mention, review, ticket, message, share)",
                error("{\"fields\": {\"kind\": {\"column\": \"Type\", \"values\": {\"Tweet\": \"post\", \"Retweet\": \"repost\"}}}}"));
        assertEquals("m.json: $.constants.source_id: source_id differs on every row: map it to a column under"
                + " \"fields\"", error("{\"constants\": {\"source_id\": \"1\"}}"));
        assertEquals("m.json: $.fields.author: unknown field 'author' (fields: " + String.join(", ", CsvMapping.FIELDS)
                + ")", error("{\"fields\": {\"author\": \"User\"}}"));
        assertEquals("m.json: $.fields.created_at.format: not a date-time pattern: 'dd/MM/yyyy HH:mm bb' (Unknown"
                + " pattern letter: b); e.g. dd/MM/yyyy HH:mm, or epoch_seconds, epoch_millis",
                error("{\"fields\": {\"created_at\": {\"column\": \"d\", \"format\": \"dd/MM/yyyy HH:mm bb\"}}}"));
        assertEquals("m.json: $.delimiter: one character (\",\", \";\", \"\\t\" or \"tab\"), not ';;'",
                error("{\"delimiter\": \";;\"}"));
        assertEquals("m.json: $.fields.text.from_text: only mentions can be read from the text",
                error("{\"fields\": {\"text\": {\"column\": \"t\", \"from_text\": true}}}"));
        assertEquals("m.json: $.fields.rating.default: 'five' is not a whole number",
                error("{\"fields\": {\"rating\": {\"column\": \"s\", \"default\": \"five\"}}}"));
        assertEquals("m.json: $.encoding: unknown encoding 'latin-9000' (e.g. UTF-8, UTF-16, windows-1252)",
                error("{\"encoding\": \"latin-9000\"}"));
        assertEquals("m.json: $: a mapping is a JSON object with \"fields\" (and \"constants\")", error("[]"));
    }

    @Test
    void theGuessMapsCommonHeaderNamesAndSaysItIsAGuess() throws Exception {
        CsvMapping guess = MappingGuess.fromHeader(List.of("ID", "Created At", "User", "Message", "Likes", "Lang",
                "Sentiment"));
        assertEquals(Map.of("source_id", ColumnRule.column("ID"), "created_at", ColumnRule.column("Created At"),
                "author_handle", ColumnRule.column("User"), "text", ColumnRule.column("Message"),
                "likes", ColumnRule.column("Likes"), "language", ColumnRule.column("Lang")), guess.fields());
        assertEquals(Map.of("channel", "csv", "kind", "post"), guess.constants());
        assertEquals(List.of(), guess.unmappedRequired());
        assertEquals("""
                {
                  "comment" : "Guessed by rapport from the header of x.csv: check every field, the kind and the channel\
                 before importing; created_at may need a \\"format\\" and \\"zone\\".",
                  "version" : 1,
                  "constants" : {
                    "channel" : "csv",
                    "kind" : "post"
                  },
                  "fields" : {
                    "source_id" : "ID",
                    "created_at" : "Created At",
                    "text" : "Message",
                    "author_handle" : "User",
                    "likes" : "Likes",
                    "language" : "Lang"
                  }
                }
                """, CsvMappingFile.toJson(guess, MappingGuess.comment("x.csv")));
    }
}
