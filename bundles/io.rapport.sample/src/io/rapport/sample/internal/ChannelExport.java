package io.rapport.sample.internal;

import java.util.List;

/** One channel's generated messages, in time order, and the file they are exported to. */
record ChannelExport(ChannelProfile profile, List<Message> messages) {
    ChannelExport {
        messages = List.copyOf(messages);
    }
}
