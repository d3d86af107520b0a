package io.rapport.sample.internal;

import io.rapport.core.model.Channels;
import io.rapport.core.model.InteractionKind;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives one channel's messages the ids and URLs they would have there: time-based numeric ids on X and
 * Instagram, status URIs on Mastodon, base-36 "t3_"/"t1_" ids on Reddit, ticket numbers in Zendesk, topic and
 * post numbers on Discourse, and so on. Ids are handed out in
 * time order, so a reply's parent always has its id first.
 */
final class SourceIds {
    /** A message's id and the URL where it would be found (on fake {@code .example} domains). */
    record Ref(String id, String url) {
    }

    private static final long X_EPOCH_MILLIS = 1288834974657L;
    static final String ZENDESK_TICKET = "ticket:";
    static final String ZENDESK_COMMENT = "comment:";

    private final String channel;
    private final Map<Message, Ref> refs = new IdentityHashMap<>();
    private final Map<Message, Integer> postsInThread = new IdentityHashMap<>();
    private long sequence;
    private long roots;

    private SourceIds(String channel) {
        this.channel = channel;
    }

    /** Ids for a channel's messages, which must be in time order. */
    static Map<Message, Ref> assign(String channel, List<Message> chronological) {
        SourceIds ids = new SourceIds(channel);
        for (Message m : chronological) {
            ids.refs.put(m, ids.next(m));
        }
        return ids.refs;
    }

    private Ref next(Message m) {
        long seq = ++sequence;
        Message root = m.root();
        Ref rootRef = refs.get(root);
        boolean top = m.parent() == null;
        String handle = m.author().handle();
        long millis = m.at().toEpochMilli();
        return switch (channel) {
            case Channels.X -> {
                String id = Long.toString(((millis - X_EPOCH_MILLIS) << 22) | (seq & 0xFFF));
                yield new Ref(id, "https://x.example/" + handle + "/status/" + id);
            }
            case Channels.MASTODON -> {
                // the status URI on the author's server (a boost's is its activity's), as Mastodon names statuses
                long n = (millis << 16) | (seq & 0xFFFF);
                int at = handle.indexOf('@');
                String user = handle.substring(0, at);
                String server = "https://" + handle.substring(at + 1);
                String uri = server + "/users/" + user + "/statuses/" + n;
                yield new Ref(m.kind() == InteractionKind.SHARE ? uri + "/activity" : uri,
                        server + "/@" + user + "/" + n);
            }
            case Channels.INSTAGRAM -> {
                String id = Long.toString(17_900_000_000_000_000L + m.at().getEpochSecond() * 1000 + seq % 1000);
                String post = top ? "https://instagram.example/p/" + Long.toString(Long.parseLong(id), 36) + "/"
                        : rootRef.url();
                yield new Ref(id, top ? post : post + "c/" + id + "/");
            }
            case Channels.REDDIT -> {
                String space = root.space() == null ? "r/all" : root.space();
                if (top) {
                    String base = Long.toString(0x1f00000L + ++roots * 7, 36);
                    yield new Ref("t3_" + base, "https://reddit.example/" + space + "/comments/" + base + "/");
                }
                String base = Long.toString(0x9a00000L + seq * 3, 36);
                yield new Ref("t1_" + base, rootRef.url() + "comment/" + base + "/");
            }
            case Channels.FACEBOOK -> {
                long n = 7_310_000_000_000_000L + seq * 37;
                if (!top) {
                    String postNumber = rootRef.id().substring(rootRef.id().indexOf('_') + 1);
                    yield new Ref(postNumber + "_" + n, rootRef.url() + "?comment_id=" + n);
                }
                if (m.kind() == InteractionKind.SHARE) { // on the sharer's timeline
                    yield new Ref(handle + "_" + n, "https://facebook.example/" + handle + "/posts/" + n);
                }
                yield new Ref(SampleCompany.FACEBOOK_PAGE + "_" + n, "https://facebook.example/"
                        + SampleCompany.FACEBOOK_PAGE + "/posts/" + n);
            }
            case Channels.APP_STORE -> top
                    ? ref(Long.toString(11_034_500_000L + seq * 97 + m.at().getEpochSecond() % 97),
                            "https://apps.example/gb/app/nimbalo/id1459834210?see-all=reviews#")
                    : new Ref(rootRef.id() + "-response", rootRef.url() + "-response");
            case Channels.GOOGLE_PLAY -> top
                    ? ref("gp:AOqpTO" + scrambled(seq, 22),
                            "https://play.example/store/apps/details?id=com.nimbalo.selfcare&reviewId=")
                    : new Ref(rootRef.id() + "/reply", rootRef.url()); // Play's reply is part of its review
            case Channels.TRUSTPILOT -> top
                    ? ref(String.format(Locale.ROOT, "%08x%016x", m.at().getEpochSecond(), mix(seq)),
                            "https://trustpilot.example/reviews/")
                    : new Ref(rootRef.id() + "/reply", rootRef.url()); // so is Trustpilot's company reply
            case Channels.ZENDESK -> {
                // a ticket's first comment is the ticket (Zendesk's import names it so); the others are comments
                if (top) {
                    String ticket = Long.toString(48_000 + ++roots);
                    yield new Ref(ZENDESK_TICKET + ticket, "https://nimbalo.zendesk.example/agent/tickets/" + ticket);
                }
                String comment = Long.toString(39_100_000_000L + seq * 7);
                yield new Ref(ZENDESK_COMMENT + comment, rootRef.url() + "#comment-" + comment);
            }
            case Channels.DISCOURSE -> {
                // a post is its place in the forum, <topic>/<post number>, as the Discourse importer names it
                int n = postsInThread.merge(root, 1, Integer::sum);
                String topic = top ? Long.toString(3_100 + ++roots)
                        : rootRef.id().substring(0, rootRef.id().indexOf('/'));
                yield new Ref(topic + "/" + n, "https://community.nimbalo.example/t/" + topic + "/" + n);
            }
            default -> ref(channel + "-" + seq, "https://" + channel + ".example/");
        };
    }

    private static Ref ref(String id, String urlPrefix) {
        return new Ref(id, urlPrefix + id);
    }

    /** A fixed, well-spread 64-bit number for a sequence number (SplitMix64's finaliser). */
    private static long mix(long seq) {
        long z = seq * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String scrambled(long seq, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder b = new StringBuilder(length);
        long z = seq;
        for (int i = 0; i < length; i++) {
            if (i % 10 == 0) {
                z = mix(z + i);
            }
            b.append(alphabet.charAt((int) (z & 63)));
            z >>>= 6;
        }
        return b.toString();
    }
}
