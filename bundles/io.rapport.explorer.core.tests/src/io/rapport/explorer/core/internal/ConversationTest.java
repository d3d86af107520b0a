package io.rapport.explorer.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.explorer.core.Conversation;
import io.rapport.explorer.core.ConversationNode;
import io.rapport.explorer.core.ResponseStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

/** The thread tree of an interaction, with our responses and their response times. */
class ConversationTest {

    @RegisterExtension
    static final BrowsedProject PROJECT = BrowsedProject.handMade();

    @Test
    void aReplyLeadsToTheWholeThreadWithResponseTimes() throws Exception {
        Conversation c = PROJECT.interactions().conversation("x", "r1b").orElseThrow();
        assertEquals("r1b", c.selected());
        assertEquals(1, c.roots().size());
        assertEquals(5, c.size());
        ConversationNode root = c.root();
        assertEquals("c1", root.sourceId());
        assertFalse(root.ours());
        assertEquals(ResponseStatus.RESPONDED, root.interaction().status());
        assertNull(root.responseMinutes());
        assertEquals(List.of("r1", "r1b"), ids(root.replies()));

        ConversationNode r1 = root.replies().get(0);
        assertTrue(r1.ours());
        assertEquals(20.0, r1.responseMinutes());
        assertTrue(r1.firstResponse(), "kim's reply is the response the metrics count");
        ConversationNode r1b = root.replies().get(1);
        assertEquals(30.0, r1b.responseMinutes());
        assertFalse(r1b.firstResponse());

        ConversationNode thanks = r1.replies().get(0);
        assertEquals("c1b", thanks.sourceId());
        assertNull(thanks.responseMinutes(), "only our replies to a customer have a response time");
        ConversationNode glad = thanks.replies().get(0);
        assertEquals("r1c", glad.sourceId());
        assertEquals(60.0, glad.responseMinutes());
        assertTrue(glad.firstResponse());
        assertEquals(List.of("c1", "r1", "c1b", "r1c"), ids(c.pathTo("r1c")));
    }

    @Test
    void theRootItselfAndAnyMessageGiveTheSameThread() throws Exception {
        for (String id : List.of("c1", "r1", "c1b", "r1c")) {
            Conversation c = PROJECT.interactions().conversation("x", id).orElseThrow();
            assertEquals("c1", c.root().sourceId(), "root from " + id);
            assertEquals(5, c.size(), "size from " + id);
            assertEquals(id, c.find(id).orElseThrow().sourceId());
        }
    }

    @Test
    void aMessageWhoseParentIsMissingJoinsItsThreadAsAFurtherRoot() throws Exception {
        for (String id : List.of("p3", "o1", "p1")) {
            Conversation c = PROJECT.interactions().conversation("reddit", id).orElseThrow();
            assertEquals(List.of("p1", "o1"), ids(c.roots()), "from " + id);
            assertEquals(List.of("p1", "p2", "p3"), ids(c.pathTo("p3")));
            assertEquals(4, c.size());
        }
    }

    @Test
    void aReviewAndTheDevelopersReply() throws Exception {
        Conversation c = PROJECT.interactions().conversation("google-play", "g1").orElseThrow();
        ConversationNode reply = c.root().replies().get(0);
        assertEquals("g1r", reply.sourceId());
        assertEquals(90.0, reply.responseMinutes());
        assertTrue(reply.firstResponse());
    }

    @Test
    void aStandalonePostIsAConversationOfOne() throws Exception {
        Conversation c = PROJECT.interactions().conversation("x", "c4").orElseThrow();
        assertEquals(1, c.size());
        assertEquals("c4", c.root().sourceId());
    }

    @Test
    void aReplyCycleEndsAndShowsEveryMessageOnce() throws Exception {
        Conversation c = PROJECT.interactions().conversation("x", "loopA").orElseThrow();
        assertEquals(2, c.size());
        assertEquals(1, c.roots().size());
    }

    @Test
    void noConversationForAnUnknownInteraction() throws Exception {
        assertTrue(PROJECT.interactions().conversation("x", "nope").isEmpty());
        assertTrue(PROJECT.interactions().conversation("reddit", "c1").isEmpty(), "source ids are unique per channel only");
    }

    private static List<String> ids(List<ConversationNode> nodes) {
        return nodes.stream().map(ConversationNode::sourceId).toList();
    }
}
