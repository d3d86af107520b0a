package io.rapport.importer.csv.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Realistic exports with their quirks, and the mappings an analyst would write for them. Written to a temporary
 * folder by each test.
 */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * A help desk's message export: UTF-8 with a byte order mark, CRLF, a message over two lines, doubled quotes,
     * dates as dd/MM/yyyy HH:mm in London time (BST in July, GMT in January), agents told apart by a column.
     */
    static final String SUPPORT_DESK = "\uFEFFTicket ID,Message ID,Sent,From,Author Type,Department,Body,Reply To\r\n"
            + "T-100,m1,14/07/2025 09:30,ann@example.com,End-user,,\"My order #4411 has not arrived.\r\nCan you check?\",\r\n"
            + "T-100,m2,14/07/2025 10:05,sam.care,Agent,Care,\"Hi Ann, \"\"sorry\"\" about that - it ships today.\",m1\r\n"
            + "T-101,m3,02/01/2025 23:10,bob,End-user,,Refund please,\r\n";

    static final String SUPPORT_DESK_MAPPING = """
            {
              "comment": "Help desk message export",
              "constants": { "channel": "zendesk", "kind": "ticket" },
              "fields": {
                "source_id": "Message ID",
                "thread_id": "Ticket ID",
                "created_at": { "column": "Sent", "format": "dd/MM/yyyy HH:mm", "zone": "Europe/London" },
                "author_handle": "From",
                "author_role": { "column": "Author Type", "values": { "Agent": "staff", "End-user": "customer" } },
                "author_department": "Department",
                "text": "Body",
                "in_reply_to": "Reply To"
              }
            }
            """;

    /**
     * A social-listening tool's export as Excel saves "Unicode text": UTF-16LE with a byte order mark, semicolons,
     * dd/MM/yyyy dates in Paris time, the network per row, handles with {@code @}, a semicolon and a line break
     * inside quoted messages, empty counts.
     */
    static final String SOCIAL_LISTENING = "\uFEFFNetwork;Post ID;Date;Type;Author;Author name;Message;Likes;Shares;In reply to\r\n"
            + "Twitter;1801;03/02/2025 14:00;Tweet;@acme_fan;Fan Girl;Love the new app @AcmeCare!;12;3;\r\n"
            + "Twitter;1802;03/02/2025 14:20;Reply;@AcmeCare;Acme Care;\"@acme_fan thanks; glad you like it\";0;0;1801\r\n"
            + "Facebook;fb_77;04/02/2025 08:00;Comment;dora.k;Dora K;\"Two lines:\r\nfirst; second\";;;\r\n";

    static final String SOCIAL_LISTENING_MAPPING = """
            {
              "fields": {
                "channel": { "column": "Network", "values": { "Twitter": "x", "Facebook": "facebook" } },
                "source_id": "Post ID",
                "created_at": { "column": "Date", "format": "dd/MM/yyyy HH:mm", "zone": "Europe/Paris" },
                "kind": { "column": "Type", "values": { "Tweet": "post", "Reply": "reply", "Comment": "comment" } },
                "author_handle": "Author",
                "author_name": "Author name",
                "text": "Message",
                "likes": "Likes",
                "shares": "Shares",
                "in_reply_to": "In reply to",
                "mentions": { "from_text": true }
              }
            }
            """;

    /** A review platform's TSV export: epoch milliseconds and seconds mixed, ratings written as 5.0. */
    static final String REVIEWS = "review_id\tsubmitted\tstars\ttitle\tbody\treviewer\tlang\n"
            + "r-1\t1735725600000\t1\tApp crashes\tCrashes on start\tkim\ten\n"
            + "r-2\t1735812000\t5.0\tGreat\t\tlee\tde\n";

    static final String REVIEWS_MAPPING = """
            {
              "constants": { "channel": "trustpilot", "kind": "review" },
              "fields": {
                "source_id": "review_id", "created_at": "submitted", "rating": "stars", "text": "body",
                "author_handle": "reviewer", "language": "lang"
              }
            }
            """;

    /** The mapping of {@link #broken}. */
    static final String BROKEN_MAPPING = """
            {
              "constants": { "kind": "post" },
              "fields": { "source_id": "id", "created_at": "date", "author_handle": "user", "text": "text",
                          "likes": "likes" }
            }
            """;

    /**
     * Every kind of bad row between good ones, as exported by a careless tool and then cut off: a missing id, a
     * missing timestamp, a date in no known form, a count in words, a duplicated id, a ragged row, a gigantic
     * field, a Latin-1 byte in a UTF-8 file, a quote opened and never closed (the file is truncated).
     */
    static byte[] broken() {
        String head = "id,date,user,text,likes\n"
                + "1,2025-03-01T10:00:00Z,ann,ok,1\n"
                + ",2025-03-01T10:00:00Z,bob,no id,0\n"
                + "3,,cid,no date,0\n"
                + "4,yesterday,dee,bad date,0\n"
                + "5,2025-03-01T10:00:00Z,eve,bad number,lots\n"
                + "1,2025-03-02T10:00:00Z,ann,duplicate id,2\n"
                + "7,2025-03-01T10:00:00Z,fay,ragged,1,extra\n"
                + "8,2025-03-01T10:00:00Z,gus,\"" + "x".repeat(1_200_000) + "\",1\n"
                + "9,2025-03-01 11:00,hal,fine again,\n"
                + "10,2025-03-01T10:00:00Z,ivy,caf";
        byte[] latin1 = { (byte) 0xE9 };
        String tail = " au lait,0\n"
                + "11,2025-03-01T10:00:00Z,jo,fine after the bad byte,0\n"
                + "12,2025-03-01T10:00:00Z,kai,\"truncated mid-quote";
        return concat(head.getBytes(StandardCharsets.UTF_8), latin1, tail.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
