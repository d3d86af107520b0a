package io.rapport.sample.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything written on one channel during the sample period, in the order it was generated. */
final class Transcript {
    private final Instant cutOff;
    private final List<Message> messages = new ArrayList<>();

    Transcript(Instant cutOff) {
        this.cutOff = cutOff;
    }

    /**
     * Keeps the message unless it falls after the export was taken; then it (and so everything that would have
     * answered it) never happened as far as the sample is concerned.
     */
    boolean add(Message m) {
        if (!m.at().isBefore(cutOff)) {
            return false;
        }
        messages.add(m);
        return true;
    }

    /** In time order; messages at the same second keep the order they were generated in. */
    List<Message> chronological() {
        List<Message> out = new ArrayList<>(messages);
        out.sort(Comparator.comparing(Message::at)); // stable
        return out;
    }
}
