package io.rapport.importer.jsonl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

class InterchangeRecordParserTest {
    private final InterchangeRecordParser parser = new InterchangeRecordParser();

    private Interaction parse(String line) throws BadRecordException {
        byte[] b = ("  " + line + "  ").getBytes(StandardCharsets.UTF_8);
        return parser.parse(b, 2, b.length - 4);
    }

    @Test
    void mapsEveryDocumentedField() throws Exception {
        Interaction i = parse("""
                {"channel":"reddit","id":"t1_abc","kind":"comment","author":{"handle":"u_kim","name":"Kim","role":"staff",\
                "department":"product"},"created_at":"2025-05-04T12:30:00+02:00","text":"We shipped a fix ✓",\
                "in_reply_to":"t1_xyz","thread_id":"t3_root","space":"r/acme","url":"https://reddit.example/t1_abc",\
                "rating":null,"counts":{"likes":12,"shares":1,"replies":3,"awards":2},"language":"en",\
                "mentions":["acmehelp"],"source":{"anything":[1,2,3]}}""");
        assertEquals(Interaction.builder().channel("reddit").sourceId("t1_abc").kind(InteractionKind.COMMENT)
                .authorHandle("u_kim").authorName("Kim").authorRole(ActorRole.STAFF).authorDepartment("product")
                .createdAt(Instant.parse("2025-05-04T10:30:00Z")).text("We shipped a fix ✓").inReplyTo("t1_xyz")
                .threadId("t3_root").space("r/acme").url("https://reddit.example/t1_abc").likes(12L).shares(1L)
                .replies(3L).language("en").mentions(List.of("acmehelp")).build(), i);
    }

    @Test
    void numericIdsEpochSecondsAndMinimalRecords() throws Exception {
        Interaction i = parse("{\"channel\":\"x\",\"id\":1849,\"kind\":\"post\",\"author\":{\"handle\":\"a\"},\"created_at\":1700000000}");
        assertEquals("1849", i.sourceId());
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), i.createdAt());
        assertNull(i.text());
        assertEquals(List.of(), i.mentions());
        Interaction next = parse("{\"channel\":\"x\",\"id\":\"2\",\"kind\":\"post\",\"author\":{\"handle\":\"b\"},\"created_at\":\"2025-01-01T00:00:00Z\"}");
        assertNull(next.authorRole(), "nothing carried over from the previous record");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"channel":"x","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"}            | missing required field 'id'
            {"channel":"x","id":"1","kind":"post","created_at":"2025-01-01T00:00:00Z"}                           | missing required field 'author.handle'
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"}}                                        | missing required field 'created_at'
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"01/02/2025"}             | 'created_at' is not an ISO-8601 date-time with offset: '01/02/2025'
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00"}    | 'created_at' is not an ISO-8601 date-time with offset: '2025-01-01T00:00:00'
            {"channel":"x","id":"1","kind":"tweet","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"}  | unknown kind 'tweet' (expected one of post, reply, comment, mention, review, ticket, message, share)
            {"channel":"X!","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"}  | 'X!' is not a channel id (lower-case letters, digits, '-')
            {"channel":"x","id":"1","id":"2","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"} | invalid JSON: Duplicate field 'id' (column 29)
            {"channel":"x","id":true,"kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"}  | 'id' must be a string or an integer, not a boolean
            {"channel":"x","id":"1","kind":"review","rating":"5","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"} | 'rating' must be an integer from 0 to 10, not 5
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a","role":"boss"},"created_at":"2025-01-01T00:00:00Z"} | author.unknown role 'boss' (expected customer, our_account or staff)
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"} {} | unexpected content after the JSON object
            [1,2,3]                                                                                               | expected a JSON object
            {"channel":"x","id":"1",                                                                              | invalid JSON: Unexpected end-of-input within/between Object entries (column 25)
            """)
    void rejectsBadRecordsWithAReason(String line, String reason) {
        BadRecordException e = assertThrows(BadRecordException.class,
                () -> parse(line));
        assertEquals(reason, e.getMessage());
    }
}
