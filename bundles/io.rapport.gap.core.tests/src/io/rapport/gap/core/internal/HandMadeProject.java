package io.rapport.gap.core.internal;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.store.ProjectStore;
import io.rapport.testsupport.InterchangeProject;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The gap tests' project: December 2024 and January 2025 on X (our account acmehelp, staff kim) and in our
 * subreddit r/acme (our account acme). "broken" and "useless" are negative, "thank" positive. Every indicator's
 * value is worked out in {@link GapReportTest} from the comments below.
 * <p>
 * X, January (5 calendar weeks: those of Dec 30, Jan 6, 13, 20, 27):
 * <ul>
 * <li>our posts b1 (Jan 2, "half price ... buy": promotional), b2 (Jan 15), b3 (Jan 27);</li>
 * <li>complaints (negative, mention us): c1 alice (kim answers in 30 min, naming her, in public; alice thanks
 * kim's reply: c1t, itself addressed to us and unanswered), c2 bob (acmehelp answers after 6 h with the DM
 * template), c3 carol (unanswered), c4 dave (acmehelp, 1 h, the DM template);</li>
 * <li>ideas: i1 erin ("it would be great if", kim answers naming her), i2 frank ("please add", unanswered);</li>
 * <li>zoe, a frequent author (3 posts in December, 2 in January: 5 on X), asks z4 and z5, both answered by
 * name.</li>
 * </ul>
 * X, December (6 calendar weeks: Nov 25 ... Dec 30): zoe's z1 (answered by kim by name), z2, z3 (unanswered);
 * c0 ivan's complaint answered in 20 min with the DM template (its third copy: the template is shared by 3 of
 * our replies).
 * <p>
 * r/acme, January: p1 gina starts a thread (addressed, unanswered); p2 hank complains (acme answers in 30 min
 * by name, in public); acme posts b4 (Jan 28, not promotional).
 */
final class HandMadeProject {
    static final String DM_TEMPLATE = "Sorry to hear that, please DM us";

    private HandMadeProject() {
    }

    static KeywordSentimentModel keywords() {
        return KeywordSentimentModel.register(HandMadeProject.class, "keywords", "1", 1000,
                Map.of("broken", -0.6, "useless", -0.6, "thank", 0.5));
    }

    static ProjectStore create(RapportServices services, Path dir) throws Exception {
        ProjectSettings settings = new ProjectSettings("Acme",
                List.of(AccountRef.parse("x:acmehelp"), AccountRef.parse("reddit:acme")),
                List.of(StaffMember.parse("x:kim:support")), List.of(OwnedSpace.parse("reddit:r/acme")));
        String toUs = "\"mentions\":[\"@acmehelp\"]";
        return new InterchangeProject()
                .name("alice", "Alice Smith").name("bob", "Bob Brown").name("carol", "Carol White")
                .name("dave", "Dave Green").name("erin", "Erin Jones").name("frank", "Frank Black")
                .name("zoe", "Zoe Lane").name("ivan", "Ivan Gray").name("gina", "Gina Park").name("hank", "Hank Hill")
                // ---- X, December 2024
                .add("x", "z1", "post", "zoe", "2024-12-02T09:00:00Z", "@acmehelp question one", toUs)
                .add("x", "rz1", "reply", "kim", "2024-12-02T09:10:00Z", "Hi Zoe, here is the answer to one",
                        "\"in_reply_to\":\"z1\"")
                .add("x", "z2", "post", "zoe", "2024-12-03T09:00:00Z", "@acmehelp question two", toUs)
                .add("x", "z3", "post", "zoe", "2024-12-04T09:00:00Z", "@acmehelp question three", toUs)
                .add("x", "c0", "post", "ivan", "2024-12-10T09:00:00Z", "@acmehelp broken phone", toUs)
                .add("x", "r0", "reply", "acmehelp", "2024-12-10T09:20:00Z", DM_TEMPLATE, "\"in_reply_to\":\"c0\"")
                // ---- X, January 2025
                .add("x", "b1", "post", "acmehelp", "2025-01-02T12:00:00Z", "Half price SIM only this week, buy now",
                        null)
                .add("x", "c1", "post", "alice", "2025-01-06T10:00:00Z", "@acmehelp my router is broken", toUs)
                .add("x", "r1", "reply", "kim", "2025-01-06T10:30:00Z",
                        "Sorry Alice, we have reset the line, try again now", "\"in_reply_to\":\"c1\"")
                .add("x", "c1t", "reply", "alice", "2025-01-06T11:00:00Z", "That worked, thank you",
                        "\"in_reply_to\":\"r1\"")
                .add("x", "c2", "post", "bob", "2025-01-07T09:00:00Z", "@acmehelp the app is useless", toUs)
                .add("x", "r2", "reply", "acmehelp", "2025-01-07T15:00:00Z", DM_TEMPLATE, "\"in_reply_to\":\"c2\"")
                .add("x", "c3", "post", "carol", "2025-01-08T09:00:00Z", "@acmehelp broken again", toUs)
                .add("x", "c4", "post", "dave", "2025-01-09T09:00:00Z", "@acmehelp useless support", toUs)
                .add("x", "r4", "reply", "acmehelp", "2025-01-09T10:00:00Z", DM_TEMPLATE, "\"in_reply_to\":\"c4\"")
                .add("x", "i1", "post", "erin", "2025-01-10T09:00:00Z",
                        "@acmehelp it would be great if the app had dark mode", toUs)
                .add("x", "r5", "reply", "kim", "2025-01-10T12:00:00Z", "Thanks Erin, passed it to the app team",
                        "\"in_reply_to\":\"i1\"")
                .add("x", "i2", "post", "frank", "2025-01-11T09:00:00Z", "@acmehelp please add eSIM support", toUs)
                .add("x", "b2", "post", "acmehelp", "2025-01-15T12:00:00Z", "Network update: what we fixed this month",
                        null)
                .add("x", "z4", "post", "zoe", "2025-01-20T09:00:00Z", "@acmehelp how do I port my number", toUs)
                .add("x", "r6", "reply", "kim", "2025-01-20T10:00:00Z", "Hi Zoe, here is how to port it",
                        "\"in_reply_to\":\"z4\"")
                .add("x", "z5", "post", "zoe", "2025-01-21T09:00:00Z", "@acmehelp is roaming included", toUs)
                .add("x", "r7", "reply", "acmehelp", "2025-01-21T09:30:00Z",
                        "Hi zoe, yes, roaming is included in 50 destinations", "\"in_reply_to\":\"z5\"")
                .add("x", "b3", "post", "acmehelp", "2025-01-27T12:00:00Z", "Meet the team this Thursday", null)
                // ---- r/acme, January 2025
                .add("reddit", "p1", "post", "gina", "2025-01-12T09:00:00Z", "Is there an outage",
                        "\"space\":\"r/acme\"")
                .add("reddit", "p2", "post", "hank", "2025-01-13T09:00:00Z", "useless app since the update",
                        "\"space\":\"r/acme\"")
                .add("reddit", "rp2", "comment", "acme", "2025-01-13T09:30:00Z",
                        "Hi Hank, sorry, we shipped a fix today", "\"in_reply_to\":\"p2\",\"space\":\"r/acme\"")
                .add("reddit", "b4", "post", "acme", "2025-01-28T12:00:00Z", "Community update: our top helpers",
                        "\"space\":\"r/acme\"")
                .create(services, dir, settings);
    }
}
