package io.rapport.journey.core;

import java.time.Instant;

/** An analyst's answer to an attestation criterion: yes or no, a note, who answered and when. */
public record AttestationAnswer(String criterion, boolean yes, String note, String who, Instant when) {
}
