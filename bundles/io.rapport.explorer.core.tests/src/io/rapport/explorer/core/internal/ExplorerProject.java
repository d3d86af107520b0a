package io.rapport.explorer.core.internal;

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
 * The hand-made project of the explorer tests; what each interaction is by the metric definitions is in the
 * comments (our account acmehelp and staff kim on x, our subreddit r/acme).
 */
final class ExplorerProject {
    /** Every source id, oldest first. */
    static final List<String> OLDEST_FIRST = List.of("c1", "r1", "r1b", "c1b", "r1c", "b1", "c2", "c3", "c4", "p1",
            "p2", "p3", "o1", "g1", "g1r", "loopA", "loopB");

    private ExplorerProject() {
    }

    static ProjectStore create(RapportServices services, Path dir) throws Exception {
        ProjectSettings settings = new ProjectSettings("Explorer", List.of(AccountRef.parse("x:acmehelp")),
                List.of(StaffMember.parse("x:kim:support")), List.of(OwnedSpace.parse("reddit:r/acme")));
        return new InterchangeProject()
                // c1 mentions us (addressed, negative): kim answers after 20 min (first response), acmehelp after 30;
                // alice thanks kim (addressed: a reply to us, positive) and acmehelp answers that after 60 min
                .add("x", "c1", "post", "alice", "2025-01-01T10:00:00Z", "@AcmeHelp my router is broken",
                        "\"mentions\":[\"@AcmeHelp\"]")
                .add("x", "r1", "reply", "kim", "2025-01-01T10:20:00Z", "Sorry Alice, DM us",
                        "\"in_reply_to\":\"c1\",\"thread_id\":\"c1\"")
                .add("x", "r1b", "reply", "acmehelp", "2025-01-01T10:30:00Z", "On it",
                        "\"in_reply_to\":\"c1\",\"thread_id\":\"c1\"")
                .add("x", "c1b", "reply", "alice", "2025-01-01T10:45:00Z", "thanks, that worked",
                        "\"in_reply_to\":\"r1\",\"thread_id\":\"c1\"")
                .add("x", "r1c", "reply", "acmehelp", "2025-01-01T11:45:00Z", "Glad to help",
                        "\"in_reply_to\":\"c1b\",\"thread_id\":\"c1\"")
                // c2 replies to our post (addressed, unanswered); c3 answers c2 (not addressed); c4 not addressed
                .add("x", "b1", "post", "acmehelp", "2025-01-02T09:00:00Z", "New plans!", null)
                .add("x", "c2", "reply", "bob", "2025-01-02T10:00:00Z", "how much? 100% off_please",
                        "\"in_reply_to\":\"b1\"")
                .add("x", "c3", "reply", "carol", "2025-01-02T13:00:00Z", "cheap", "\"in_reply_to\":\"c2\"")
                .add("x", "c4", "post", "dave", "2025-01-03T08:00:00Z", "this is useless", null)
                // p1 starts a thread in our subreddit (addressed, negative, unanswered); o1 replies to a message
                // that is not in the project but names the thread
                .add("reddit", "p1", "post", "erin", "2025-02-01T09:00:00Z", "useless app", "\"space\":\"r/Acme\"")
                .add("reddit", "p2", "comment", "frank", "2025-02-01T09:30:00Z", "same here, off peak too",
                        "\"in_reply_to\":\"p1\",\"thread_id\":\"p1\",\"space\":\"r/Acme\"")
                .add("reddit", "p3", "comment", "gina", "2025-02-01T10:00:00Z", "thanks all",
                        "\"in_reply_to\":\"p2\",\"thread_id\":\"p1\",\"space\":\"r/Acme\"")
                .add("reddit", "o1", "comment", "hank", "2025-02-02T08:00:00Z", "late to this",
                        "\"in_reply_to\":\"gone\",\"thread_id\":\"p1\",\"space\":\"r/Acme\"")
                // a one-star review (negative by its rating, not its text) answered by the developer after 90 min
                .add("google-play", "g1", "review", "ivy", "2025-02-03T10:00:00Z", "meh", "\"rating\":1")
                .add("google-play", "g1r", "reply", "developer:our_account", "2025-02-03T11:30:00Z", "We're sorry",
                        "\"in_reply_to\":\"g1\"")
                // damaged data: two replies to each other
                .add("x", "loopA", "reply", "kate", "2025-03-01T10:00:00Z", "a", "\"in_reply_to\":\"loopB\"")
                .add("x", "loopB", "reply", "liam", "2025-03-01T10:05:00Z", "b", "\"in_reply_to\":\"loopA\"")
                .create(services, dir, settings);
    }
}
