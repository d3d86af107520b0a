package io.rapport.importer.jsonl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void escapedNamesAndValuesAreReadAsTheirCharacters() throws Exception {
        Interaction i = parse("{\"ch\\u0061nnel\":\"x\",\"id\":\"1\",\"kind\":\"post\",\"author\":{\"handle\":\"a\"},"
                + "\"created_at\":\"2025-01-01T00:00:00Z\",\"text\":\"caf\\u00e9 \\\"q\\\" \\\\ \\/ \\n\\t \\ud83d\\ude00\"}");
        assertEquals("x", i.channel());
        assertEquals("café \"q\" \\ / \n\t 😀", i.text());
    }

    @Test
    void aNameWrittenWithEscapesIsTheSameNameAndABadEscapeIsRejected() {
        String head = "{\"channel\":\"x\",\"id\":\"1\",\"kind\":\"post\",\"author\":{\"handle\":\"a\"},"
                + "\"created_at\":\"2025-01-01T00:00:00Z\",";
        BadRecordException e = assertThrows(BadRecordException.class,
                () -> parse(head + "\"te\\u0078t\":\"a\",\"text\":\"b\"}"));
        assertEquals("invalid JSON: duplicate field 'text' (column " + (head.length() + 17) + ")", e.getMessage());
        e = assertThrows(BadRecordException.class, () -> parse(head + "\"t\":\"a\\qb\"}"));
        assertEquals("invalid JSON: invalid escape \\'q' (column " + (head.length() + 7) + ")", e.getMessage());
    }

    @Test
    void invalidUtf8AndDeepNestingAreRejectedNotRepaired() {
        byte[] overlong = ("{\"channel\":\"x\",\"id\":\"1\",\"kind\":\"post\",\"author\":{\"handle\":\"a\"},"
                + "\"created_at\":\"2025-01-01T00:00:00Z\",\"text\":\"a_b\"}").getBytes(StandardCharsets.UTF_8);
        int at = new String(overlong, StandardCharsets.ISO_8859_1).indexOf("a_b") + 1;
        byte[] bad = new byte[overlong.length + 1];
        System.arraycopy(overlong, 0, bad, 0, at);
        bad[at] = (byte) 0xC0; // an overlong '/' that lenient decoders turn into a real one
        bad[at + 1] = (byte) 0xAF;
        System.arraycopy(overlong, at + 1, bad, at + 2, overlong.length - at - 1);
        BadRecordException e = assertThrows(BadRecordException.class, () -> parser.parse(bad, 0, bad.length));
        assertEquals("invalid JSON: invalid UTF-8 (byte 0xC0) (column " + (at + 1) + ")", e.getMessage());
        String deep = "[".repeat(JsonLineReader.MAX_DEPTH + 5) + "]".repeat(JsonLineReader.MAX_DEPTH + 5);
        e = assertThrows(BadRecordException.class, () -> parse("{\"channel\":\"x\",\"deep\":" + deep + "}"));
        assertTrue(e.getMessage().startsWith("invalid JSON: nested deeper than " + JsonLineReader.MAX_DEPTH),
                e.getMessage());
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
            {"channel":"x","id":"1","id":"2","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"} | invalid JSON: duplicate field 'id' (column 25)
            {"channel":"x","id":true,"kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"}  | 'id' must be a string or an integer, not a boolean
            {"channel":"x","id":"1","kind":"review","rating":"5","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"} | 'rating' must be an integer from 0 to 10, not 5
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a","role":"boss"},"created_at":"2025-01-01T00:00:00Z"} | author.unknown role 'boss' (expected customer, our_account or staff)
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"} {} | unexpected content after the JSON object
            [1,2,3]                                                                                               | expected a JSON object
            {"channel":"x","id":"1",                                                                              | invalid JSON: the line ends where a field name was expected (column 25)
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z","x":{"a":1,"a":2}} | invalid JSON: duplicate field 'a' (column 110)
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z","n":01} | invalid JSON: invalid number (leading zero, or a letter after the digits) (column 103)
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z","n":1.} | invalid JSON: a number's fraction or exponent without digits (column 103)
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z","n":tru} | invalid JSON: unrecognised token where a value was expected (true, false or null?) (column 103)
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":"2025-01-01T00:00:00Z"}}  | unexpected content after the JSON object
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":1e9}                      | 'created_at' must be a string or an integer number of seconds, not 1e9
            {"channel":"x","id":"1","kind":"post","author":{"handle":"a"},"created_at":99999999999999999}        | 'created_at' is out of range: 99999999999999999 seconds
            """)
    void rejectsBadRecordsWithAReason(String line, String reason) {
        BadRecordException e = assertThrows(BadRecordException.class,
                () -> parse(line));
        assertEquals(reason, e.getMessage());
    }
}
