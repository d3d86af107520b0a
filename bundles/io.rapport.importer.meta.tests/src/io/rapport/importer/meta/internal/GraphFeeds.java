package io.rapport.importer.meta.internal;

import io.rapport.testsupport.ExpectedRecord;
import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.Texts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.List;

/**
 * Graph API page feeds: posts with comments, comments with replies (two levels, as the API nests them), and what
 * the importer must read from them: a comment replies to the object it is nested in.
 */
final class GraphFeeds {
    private static final String PAGE = "104857600000001";

    private GraphFeeds() {
    }

    private record Node(String fromId, java.time.Instant at, int offsetMinutes, String message, List<Node> children) {
    }

    static Arbitrary<List<GraphObject>> feeds() {
        Arbitrary<String> from = Arbitraries.longs().between(1, 999_999_999_999_999L).map(String::valueOf);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(-12 * 60, 14 * 60).map(m -> m / 15 * 15);
        Arbitrary<Node> reply = Combinators.combine(from, Instants.seconds(), offsets, Texts.any())
                .as((f, t, o, m) -> new Node(f, t, o, m, List.of()));
        Arbitrary<Node> comment = Combinators.combine(from, Instants.seconds(), offsets, Texts.any(),
                reply.list().ofMaxSize(2)).as(Node::new);
        Arbitrary<Node> post = Combinators.combine(Arbitraries.just(PAGE), Instants.seconds(), offsets, Texts.any(),
                comment.list().ofMaxSize(3)).as(Node::new);
        return post.list().ofMinSize(1).ofMaxSize(3).map(GraphFeeds::withIds);
    }

    private static List<GraphObject> withIds(List<Node> posts) {
        int[] next = { 1 };
        List<GraphObject> out = new ArrayList<>();
        for (Node p : posts) {
            String postId = String.valueOf(200_000_000_000_000L + next[0]++);
            out.add(object(PAGE + "_" + postId, p, postId, next));
        }
        return out;
    }

    private static GraphObject object(String id, Node n, String postId, int[] next) {
        List<GraphObject> children = new ArrayList<>();
        for (Node c : n.children()) {
            children.add(object(postId + "_" + (300_000_000_000_000L + next[0]++), c, postId, next));
        }
        return new GraphObject(id, n.fromId(), n.at(), n.offsetMinutes(), n.message(), children);
    }

    static List<ExpectedRecord> expected(List<GraphObject> posts) {
        List<ExpectedRecord> expected = new ArrayList<>();
        for (GraphObject p : posts) {
            add(expected, p, null);
        }
        return expected;
    }

    private static void add(List<ExpectedRecord> expected, GraphObject o, String parent) {
        expected.add(new ExpectedRecord(o.id(), o.createdAt(), o.message(), o.fromId(), parent));
        for (GraphObject c : o.comments()) {
            add(expected, c, o.id());
        }
    }
}
