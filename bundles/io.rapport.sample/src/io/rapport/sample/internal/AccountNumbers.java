package io.rapport.sample.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The numeric account ids a platform gives people (X users, Zendesk users): handed out in order of first
 * appearance from a base, so the same sample always gets the same ids.
 */
final class AccountNumbers {
    private final long base;
    private final long step;
    private final Map<String, Long> ids = new HashMap<>();

    AccountNumbers(long base, long step) {
        this.base = base;
        this.step = step;
    }

    String of(String handle) {
        return Long.toString(ids.computeIfAbsent(handle, h -> base + (ids.size() + 1) * step));
    }
}
