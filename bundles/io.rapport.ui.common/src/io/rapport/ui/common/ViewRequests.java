package io.rapport.ui.common;

/**
 * Event topics (e4 {@code IEventBroker}) through which one view asks another for something, so that views stay
 * independent bundles: whoever installed a view that answers a request handles it; without one, nothing
 * happens.
 */
public final class ViewRequests {
    /**
     * Open the conversation (thread) of an interaction and select it. Data: an {@link InteractionRef}. The
     * interactions explorer answers it by showing itself and the thread.
     */
    public static final String OPEN_CONVERSATION = "io/rapport/view/openConversation";

    private ViewRequests() {
    }
}
