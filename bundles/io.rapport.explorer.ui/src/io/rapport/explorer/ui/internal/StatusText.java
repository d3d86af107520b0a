package io.rapport.explorer.ui.internal;

import io.rapport.explorer.core.ResponseStatus;

/** How a {@link ResponseStatus} reads in the explorer. */
final class StatusText {
    private StatusText() {
    }

    static String of(ResponseStatus status) {
        return switch (status) {
            case OURS -> "ours";
            case NOT_ADDRESSED -> "not addressed";
            case UNANSWERED -> "unanswered";
            case RESPONDED -> "responded";
        };
    }
}
