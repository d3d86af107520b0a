package io.rapport.sample.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The phrasebook keeps the conventions that the sample's realism and the other tests rely on. */
class PhrasebookTest {
    private static final Set<String> OTHER_LANGUAGES = Set.of("de", "es", "fr");
    private final Phrasebook phrases = Phrasebook.load();

    @Test
    void customerQuestionsEndWithAQuestionMarkAndNothingElseACustomerStartsWithDoes() {
        for (String key : phrases.keys()) {
            String kind = key.split(" ")[0];
            for (String line : phrases.lines(key)) {
                if (kind.equals("question")) {
                    assertTrue(line.endsWith("?"), key + ": a question should end with '?': " + line);
                } else if (List.of("complaint", "praise", "idea", "peer-answer", "answer", "gratitude",
                        "acknowledgement", "frustration", "repeat-complaint", "shoutout").contains(kind)) {
                    assertFalse(line.endsWith("?"), key + ": only questions end with '?': " + line);
                }
            }
        }
    }

    @Test
    void complaintsAreClearlyNegativeAndFriendlyLinesAreNot() {
        for (String key : phrases.keys()) {
            String[] parts = key.split(" ");
            boolean english = parts.length < 2 || !OTHER_LANGUAGES.contains(parts[1]);
            boolean negative = List.of("complaint", "frustration", "repeat-complaint").contains(parts[0])
                    || (parts[0].endsWith("-review") && Integer.parseInt(parts[1]) <= 2);
            boolean friendly = List.of("question", "praise", "idea", "peer-answer", "gratitude", "shoutout",
                    "ticket-thanks", "acknowledgement").contains(parts[0])
                    || (parts[0].endsWith("-review") && Integer.parseInt(parts[1]) >= 4);
            for (String line : phrases.lines(key)) {
                if (negative && english) {
                    assertTrue(SampleTexts.NEGATIVE.matcher(line).find(), key + ": not clearly negative: " + line);
                }
                if (friendly) {
                    assertFalse(SampleTexts.NEGATIVE.matcher(line).find(), key + ": reads as negative: " + line);
                }
            }
        }
    }

    @Test
    void everySectionTheScenesUseExistsAndEveryPlaceholderIsKnown() {
        List<String> needed = new ArrayList<>(List.of("gratitude", "acknowledgement", "frustration",
                "repeat-complaint", "shoutout", "chatter", "ticket-followup", "ticket-thanks", "templated question",
                "templated complaint", "templated praise", "answer-idea", "glad", "follow-up", "promo",
                "announcement", "review-reply negative", "review-reply mixed", "review-reply positive",
                "ticket-agent-next", "ticket-agent-closing"));
        for (Topic topic : Topic.values()) {
            needed.add("praise " + topic.key());
            needed.add("idea " + topic.key());
            List<String> issues = phrases.issues(topic);
            assertFalse(issues.isEmpty(), "no issues for " + topic);
            for (String issue : issues) {
                String subject = topic.key() + "/" + issue;
                // a question or complaint about an issue must find fitting answers, from peers and from us
                needed.addAll(List.of("question " + subject, "complaint " + subject, "peer-answer " + subject,
                        "answer " + subject));
            }
        }
        for (int stars = 1; stars <= 5; stars++) {
            needed.add("app-review " + stars);
            needed.add("company-review " + stars);
        }
        for (String key : needed) {
            assertTrue(phrases.has(key), "the phrasebook lacks section '" + key + "'");
        }
        Wording wording = new Wording(new SampleCalendar());
        Particulars particulars = Particulars.draw(new Random(1));
        for (String key : phrases.keys()) {
            for (String line : phrases.lines(key)) {
                String filled = wording.fill(line, particulars, Instant.parse("2026-03-10T10:00:00Z"), "Sam", "^MO");
                assertFalse(filled.contains("{") || filled.contains("}"), key + ": unfilled placeholder: " + filled);
                assertEquals(filled.strip(), filled);
            }
        }
    }
}
