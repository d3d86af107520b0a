package io.rapport.importer.reviews.internal;

import io.rapport.testsupport.CapturingSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

/** Exact mapped values of the own fixtures, field by field. */
class MappingTest {

    @Test
    void aPlayReviewWithAQuotedMultiLineTextAndItsDeveloperReply() throws Exception {
        CapturingSink s = CapturingSink.read(new GooglePlayImporter(), Fixtures.file("own/reviews_com.acme.banking_202503.csv"));
        assertEquals(List.of(), s.rejected);
        assertEquals(7, s.accepted.size());
        CapturingSink.Accepted a = s.record("gp:AOqpTOH2crash0002");
        Interaction review = a.interaction();
        assertEquals(List.of("google-play", "review", "play-reviewer-623cbdcbb299", "com.acme.banking", "en"),
                List.of(review.channel(), review.kind().id(), review.authorHandle(), review.space(), review.language()));
        assertNull(review.authorRole(), "a reviewer is left to the project settings");
        assertEquals(1, review.rating());
        assertEquals(Instant.parse("2025-03-04T10:00:00Z"), review.createdAt());
        assertEquals("App crashes when I open \"Cards\".\nStill broken after the update, please fix!!", review.text());
        assertEquals(3, a.record(), "the row's first line");
        assertEquals(1328, a.offset(), "byte offset in the UTF-16LE file, BOM included");
        assertTrue(review.url().contains("reviewId=gp%3AAOqpTOH2crash0002"));

        Interaction reply = s.record("gp:AOqpTOH2crash0002/reply").interaction();
        assertEquals(List.of(InteractionKind.REPLY, ActorRole.OUR_ACCOUNT, "com.acme.banking", "gp:AOqpTOH2crash0002"),
                List.of(reply.kind(), reply.authorRole(), reply.authorHandle(), reply.inReplyTo()));
        assertEquals(Instant.parse("2025-03-05T10:00:00Z"), reply.createdAt());
        assertEquals("Sorry about that! We fixed the \"Cards\" crash in 4.2.2 - please update and tell us if it persists.",
                reply.text());
        assertEquals(a.raw(), s.record("gp:AOqpTOH2crash0002/reply").raw(), "one row, one raw record");

        Interaction titled = s.record("gp:AOqpTOJ3login003").interaction();
        assertEquals("Login\n\nAnmeldung schlägt seit gestern fehl 🙁 Fingerabdruck geht nicht.", titled.text());
        assertEquals("de", titled.language());

        // no Review Link: package / submit millis / hash of the (empty) title and text
        Interaction starOnly = s.record("com.acme.banking/1741600000000/01ba4719c80b").interaction();
        assertEquals(4, starOnly.rating());
        assertNull(starOnly.text());
        assertEquals("play-reviewer-61b1f9a7c808", starOnly.authorHandle());
    }

    @Test
    void theSamePlayReviewMapsTheSameFromUtf8AndUtf16Exports() throws Exception {
        Interaction march = CapturingSink.read(new GooglePlayImporter(), Fixtures.file("own/reviews_com.acme.banking_202503.csv"))
                .record("gp:AOqpTOH2crash0002").interaction();
        Interaction april = CapturingSink.read(new GooglePlayImporter(), Fixtures.file("own/reviews_com.acme.banking_202504.csv"))
                .record("gp:AOqpTOH2crash0002").interaction();
        assertEquals(march, april);
    }

    @Test
    void trustpilotReviewsAndCompanyReplies() throws Exception {
        CapturingSink s = CapturingSink.read(new TrustpilotImporter(), Fixtures.file("own/trustpilot-reviews-acme.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(5, s.accepted.size());
        CapturingSink.Accepted a = s.record("67a1f0c2e4b0a1b2c3d4e5f1");
        Interaction r = a.interaction();
        assertEquals(List.of("trustpilot", "review", "5d2f00aa11bb22cc33dd44e1", "Maria K.", "en", "5f0c1b2a3d4e5f6a7b8c9d0e"),
                List.of(r.channel(), r.kind().id(), r.authorHandle(), r.authorName(), r.language(), r.space()));
        assertEquals(1, r.rating());
        assertEquals(Instant.parse("2025-02-03T19:04:11Z"), r.createdAt());
        assertEquals("Blocked card, no answer\n\nMy card was blocked abroad and nobody answered the chat for two days."
                + "\n\nVery disappointing.", r.text());
        assertTrue(Files.readString(Fixtures.file("own/trustpilot-reviews-acme.json")).contains(a.raw()));
        assertTrue(a.raw().startsWith("{") && a.raw().endsWith("}"));

        Interaction reply = s.record("67a1f0c2e4b0a1b2c3d4e5f1/reply").interaction();
        assertEquals(List.of(InteractionKind.REPLY, ActorRole.OUR_ACCOUNT, "5f0c1b2a3d4e5f6a7b8c9d0e", "Acme Bank",
                "67a1f0c2e4b0a1b2c3d4e5f1"), List.of(reply.kind(), reply.authorRole(), reply.authorHandle(),
                        reply.authorName(), reply.inReplyTo()));
        assertEquals(Instant.parse("2025-02-04T08:30:00Z"), reply.createdAt());
        assertEquals(Instant.parse("2025-02-06T11:15:30Z"), s.record("67a1f0c2e4b0a1b2c3d4e5f3").interaction().createdAt(),
                "+01:00 to UTC");

        CapturingSink lone = CapturingSink.read(new TrustpilotImporter(), Fixtures.file("own/trustpilot-review-67a1f0c2.json"));
        assertEquals(1, lone.accepted.size());
        assertEquals(Files.readString(Fixtures.file("own/trustpilot-review-67a1f0c2.json")).strip(), lone.accepted.get(0).raw(),
                "a lone review's raw is the whole object");
    }

    @Test
    void appStoreReviewsAndResponses() throws Exception {
        CapturingSink s = CapturingSink.read(new AppStoreImporter(), Fixtures.file("own/customerReviews-acme-ios.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(5, s.accepted.size());
        Interaction r = s.record("00000041-aaaa-4000-8000-000000000001").interaction();
        assertEquals(List.of("app-store", "review", "kiwi_runner", "kiwi_runner"),
                List.of(r.channel(), r.kind().id(), r.authorHandle(), r.authorName()));
        assertEquals(1, r.rating());
        assertEquals(Instant.parse("2025-03-04T17:12:44Z"), r.createdAt());
        assertEquals("Face ID broken\n\nSince iOS 18.3 Face ID login fails every time.\nReinstalling did not help.", r.text());
        Interaction noNickname = s.record("00000041-aaaa-4000-8000-000000000003").interaction();
        assertTrue(noNickname.authorHandle().matches("app-store-reviewer-[0-9a-f]{12}"), noNickname.authorHandle());

        Interaction linked = s.record("6a1b0000-0000-4000-8000-00000000r001").interaction();
        assertEquals(List.of(InteractionKind.REPLY, ActorRole.OUR_ACCOUNT, "app-store-developer",
                "00000041-aaaa-4000-8000-000000000001"), List.of(linked.kind(), linked.authorRole(), linked.authorHandle(),
                        linked.inReplyTo()));
        assertEquals(Instant.parse("2025-03-05T10:00:00Z"), linked.createdAt());
        assertEquals("Thanks for reporting this. Version 4.3 fixes Face ID login, please update.", linked.text());
        assertEquals("00000041-aaaa-4000-8000-000000000003",
                s.record("6a1b0000-0000-4000-8000-00000000r003").interaction().inReplyTo(),
                "a response carrying its own relationships.review");
        String file = new String(Files.readAllBytes(Fixtures.file("own/customerReviews-acme-ios.json")), StandardCharsets.UTF_8);
        for (CapturingSink.Accepted a : s.accepted) {
            assertTrue(file.startsWith(a.raw(), (int) a.offset()), "raw at its offset: " + a.interaction().sourceId());
        }
    }
}
