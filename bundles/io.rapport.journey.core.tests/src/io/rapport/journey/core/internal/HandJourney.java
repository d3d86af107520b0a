package io.rapport.journey.core.internal;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.store.ProjectStore;
import io.rapport.testsupport.InterchangeProject;
import io.rapport.testsupport.RapportServices;

import java.nio.file.Path;
import java.util.List;

/**
 * A hand-made project whose indicator values are worked out in the comments. Our account is x:acme; kim
 * (support) and lee (engineering) are staff; r/Acme is our space. As of 2025-04-30 the window is 2025-01-31 to
 * 2025-04-30; as of 2025-01-20 it is 2024-10-23 to 2025-01-20.
 */
final class HandJourney {
    static final String MODEL = """
            {
              "id": "test-model", "label": "Test model",
              "stages": [{"id": "s1", "label": "One"}, {"id": "s2", "label": "Two"}, {"id": "s3", "label": "Three"}],
              "dimensions": [{"id": "d1", "label": "Answering"}, {"id": "d2", "label": "Listening"}],
              "criteria": [
                {"id": "d1-rate", "dimension": "d1", "stage": "s2", "label": "Half answered",
                 "evidence": {"indicator": "response-rate", "at_least": 0.5}},
                {"id": "d1-policy", "dimension": "d1", "stage": "s3", "label": "A policy",
                 "attestation": {"question": "Is there a policy?"}},
                {"id": "d2-coverage", "dimension": "d2", "stage": "s2", "label": "Three channels",
                 "evidence": {"indicator": "listening-coverage", "at_least": 3}},
                {"id": "d2-fast", "dimension": "d2", "stage": "s3", "label": "Within two hours",
                 "evidence": {"indicator": "median-first-response", "at_most": 120}}
              ]
            }
            """;

    private HandJourney() {
    }

    static ProjectStore project(RapportServices services, Path dir) throws Exception {
        ProjectSettings settings = new ProjectSettings("Acme", List.of(AccountRef.parse("x:acme")),
                List.of(StaffMember.parse("x:kim:support"), StaffMember.parse("x:lee:engineering")),
                List.of(OwnedSpace.parse("reddit:r/acme")));
        return new InterchangeProject()
                // before 2025-01-31: c0 mentions us, kim (support) answers after 10 minutes
                .add("x", "c0", "post", "alice", "2025-01-10T09:00:00Z", "@acme hello", "\"mentions\":[\"acme\"]")
                .add("x", "r0", "reply", "kim", "2025-01-10T09:10:00Z", "Hi Alice", "\"in_reply_to\":\"c0\"")
                // in the window: c1 answered by kim after 30 min, c2 by lee (engineering) after 90 min,
                // c3 unanswered, p1 in our subreddit unanswered: 2 of 4 addressed answered, median 60 minutes
                .add("x", "c1", "post", "alice", "2025-03-01T10:00:00Z", "@acme help", "\"mentions\":[\"acme\"]")
                .add("x", "r1", "reply", "kim", "2025-03-01T10:30:00Z", "On it", "\"in_reply_to\":\"c1\"")
                .add("x", "c2", "post", "bob", "2025-03-02T10:00:00Z", "@acme hello", "\"mentions\":[\"acme\"]")
                .add("x", "r2", "reply", "lee", "2025-03-02T11:30:00Z", "Hi Bob", "\"in_reply_to\":\"c2\"")
                .add("x", "c3", "post", "carol", "2025-03-03T10:00:00Z", "@acme anyone?", "\"mentions\":[\"acme\"]")
                .add("reddit", "p1", "post", "erin", "2025-03-05T10:00:00Z", "Question", "\"space\":\"r/Acme\"")
                // two ideas addressed to us: c4 answered by kim after 60 minutes, c5 not answered
                // (with them: 3 of 6 addressed answered, first responses 30, 60 and 90 minutes)
                .add("x", "c4", "post", "frank", "2025-03-06T10:00:00Z",
                        "@acme it would be great if you added dark mode", "\"mentions\":[\"acme\"]")
                .add("x", "r4", "reply", "kim", "2025-03-06T11:00:00Z", "Noted, thanks!", "\"in_reply_to\":\"c4\"")
                .add("x", "c5", "post", "gina", "2025-03-07T10:00:00Z", "@acme please add an export button",
                        "\"mentions\":[\"acme\"]")
                // our own post: x is the only channel we are active on
                .add("x", "b1", "post", "acme", "2025-03-10T10:00:00Z", "New plans", null)
                .create(services, dir, settings);
    }
}
