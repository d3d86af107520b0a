package io.rapport.sample.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Who has been helped on a channel, and when: people who were helped come back to help others (reciprocation,
 * DESIGN.md §1), and share more.
 */
final class CommunityMemory {
    private record Helped(Customer customer, Instant when) {
    }

    private final List<Helped> helped = new ArrayList<>();

    void helped(Customer customer, Instant when) {
        helped.add(new Helped(customer, when));
    }

    /** Someone helped before {@code now} (other than {@code not}), or {@code null} if no one is at hand. */
    Customer helpedBefore(Instant now, Customer not, Random random) {
        for (int attempt = 0; attempt < 6 && !helped.isEmpty(); attempt++) {
            Helped h = helped.get(random.nextInt(helped.size()));
            if (h.when().isBefore(now) && h.customer() != not) {
                return h.customer();
            }
        }
        return null;
    }
}
