package io.rapport.gap.core;

import java.time.Instant;

/**
 * An interaction behind an indicator's value: one of its basis, and whether it {@code counted} (was in the
 * numerator). The explorer opens it by channel and source id.
 */
public record Evidence(String channel, String sourceId, Instant createdAt, String text, boolean counted) {
}
