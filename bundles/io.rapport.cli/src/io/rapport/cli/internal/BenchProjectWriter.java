package io.rapport.cli.internal;

import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a project's worth of engagement, deterministically, straight into an import: customers post,
 * mention our accounts, start threads in our spaces and review the app; our accounts and staff of several
 * departments answer (or not) after realistic delays; customers answer each other. The shape a metrics query
 * meets in a real project, at any size.
 */
final class BenchProjectWriter {
    private static final String[] CHANNELS = { "x", "reddit", "facebook", "mastodon", "google-play", "zendesk" };
    private static final String[][] STAFF = { { "kim", "support" }, { "lee", "engineering" }, { "mo", "marketing" },
            { "ana", "product" }, { "raj", "sales" } };
    private static final String[] CUSTOMER_WORDS = ("the app keeps crashing when I open my account page still "
            + "waiting on a reply since yesterday love the new update battery drain is terrible please fix "
            + "cannot log in after reset my order never arrived refund requested great coverage in town "
            + "why is my bill so high is there an outage today awful service thanks that worked").split(" ");
    private static final String[] OUR_WORDS = ("sorry to hear that please send us a DM with your number we are "
            + "looking into it thanks for flagging a fix is on the way glad it works now").split(" ");
    private static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    static ProjectSettings settings() {
        List<AccountRef> accounts = List.of(new AccountRef("x", "acmehelp"), new AccountRef("reddit", "acme"),
                new AccountRef("facebook", "acme"), new AccountRef("mastodon", "acme"));
        List<StaffMember> staff = new java.util.ArrayList<>();
        for (String channel : List.of("x", "reddit", "facebook", "mastodon")) {
            for (String[] s : STAFF) {
                staff.add(new StaffMember(channel, s[0], s[1]));
            }
        }
        return new ProjectSettings("bench metrics", accounts, staff,
                List.of(new OwnedSpace("reddit", "r/acme"), new OwnedSpace("facebook", "Acme")));
    }

    private final SplittableRandom random = new SplittableRandom(20261126L);
    private final StringBuilder text = new StringBuilder(200);
    private long next;
    private long line;

    /** Writes about {@code rows} interactions (whole threads, so a few more). */
    void write(ImportSink sink, long rows) {
        long second = START;
        while (next < rows) {
            second += 1 + random.nextInt(20);
            thread(sink, CHANNELS[random.nextInt(CHANNELS.length)], second);
        }
    }

    private void thread(ImportSink sink, String channel, long at) {
        String asker = "user" + random.nextInt(2_000_000);
        boolean review = channel.equals("google-play");
        boolean ticket = channel.equals("zendesk");
        InteractionKind kind = review ? InteractionKind.REVIEW : ticket ? InteractionKind.TICKET : InteractionKind.POST;
        Interaction.Builder root = base(channel, kind, asker, null, at).text(words(CUSTOMER_WORDS, 8, 25));
        if (review) {
            root.rating(1 + random.nextInt(5));
        } else if (!ticket && random.nextInt(2) == 0) {
            root.mentions(List.of(channel.equals("x") ? "@acmehelp" : "acme"));
        } else if (channel.equals("reddit") || channel.equals("facebook")) {
            root.space(channel.equals("reddit") ? "r/acme" : "Acme");
        }
        String rootId = emit(sink, root);
        int replies = random.nextInt(4);
        long t = at;
        String last = rootId;
        for (int r = 0; r < replies; r++) {
            t += 60L + (long) (Math.exp(random.nextDouble() * 9) * 60);
            if (random.nextInt(100) < 55) {
                last = emit(sink, ours(channel, review, ticket, rootId, t));
            } else {
                last = emit(sink, base(channel, InteractionKind.REPLY, "user" + random.nextInt(2_000_000), last, t)
                        .threadId(rootId).text(words(CUSTOMER_WORDS, 4, 20)));
            }
        }
    }

    private Interaction.Builder ours(String channel, boolean review, boolean ticket, String rootId, long t) {
        Interaction.Builder b;
        if (review) {
            b = base(channel, InteractionKind.REPLY, "developer", rootId, t).authorRole(ActorRole.OUR_ACCOUNT);
        } else if (ticket) {
            b = base(channel, InteractionKind.TICKET, "agent" + random.nextInt(40), rootId, t)
                    .authorRole(ActorRole.STAFF).authorDepartment("support");
        } else if (random.nextInt(3) == 0) {
            b = base(channel, InteractionKind.REPLY, channel.equals("x") ? "acmehelp" : "acme", rootId, t);
        } else {
            b = base(channel, InteractionKind.REPLY, STAFF[random.nextInt(STAFF.length)][0], rootId, t);
        }
        return b.threadId(rootId).text(words(OUR_WORDS, 6, 20));
    }

    private Interaction.Builder base(String channel, InteractionKind kind, String author, String inReplyTo, long at) {
        return Interaction.builder().channel(channel).sourceId(Long.toString(1_000_000_000L + next)).kind(kind)
                .authorHandle(author).createdAt(Instant.ofEpochSecond(at)).inReplyTo(inReplyTo)
                .likes((long) random.nextInt(50));
    }

    private String emit(ImportSink sink, Interaction.Builder b) {
        Interaction i = b.build();
        next++;
        line++;
        sink.accept(i, "{\"id\":\"" + i.sourceId() + "\"}", line, 0);
        return i.sourceId();
    }

    private String words(String[] from, int min, int max) {
        text.setLength(0);
        int n = min + random.nextInt(max - min);
        for (int w = 0; w < n; w++) {
            text.append(w == 0 ? "" : " ").append(from[random.nextInt(from.length)]);
        }
        return text.toString();
    }
}
