package io.rapport.sample.internal;

import java.util.List;

/** What happens on one channel every month of the sample. */
record ChannelScript(ChannelProfile profile, List<Scene> scenes) {
    ChannelScript {
        scenes = List.copyOf(scenes);
    }
}
