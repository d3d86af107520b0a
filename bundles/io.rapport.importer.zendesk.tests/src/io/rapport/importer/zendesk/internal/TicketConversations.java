package io.rapport.importer.zendesk.internal;

import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.Texts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Tickets of one to eight comments: the customer's description, then customer and agent comments and notes. */
final class TicketConversations {
    private TicketConversations() {
    }

    private record Partial(boolean byAgent, boolean isPublic, Instant createdAt, String body) {
    }

    static Arbitrary<TicketConversation> conversations() {
        Arbitrary<List<Partial>> comments = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.of(true, true, true, false), Instants.seconds(), Texts.any()).as(Partial::new).list()
                .ofMinSize(1).ofMaxSize(8);
        Arbitrary<Long> ids = Arbitraries.longs().between(1, 9_999_999_999L);
        return Combinators.combine(ids, ids, comments).as((ticket, customer, partials) -> {
            List<TicketComment> list = new ArrayList<>();
            for (int i = 0; i < partials.size(); i++) {
                Partial p = partials.get(i);
                boolean first = i == 0;
                list.add(new TicketComment(90_000 + i, !first && p.byAgent(), first || p.isPublic(), p.createdAt(),
                        p.body()));
            }
            return new TicketConversation(ticket, customer, customer + 1, list);
        });
    }
}
