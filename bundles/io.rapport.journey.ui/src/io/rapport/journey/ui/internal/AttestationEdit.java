package io.rapport.journey.ui.internal;

import io.rapport.journey.core.AttestationAnswer;

/**
 * One change of an attestation, as the undo stack keeps it: the criterion's answer before and after
 * ({@code null} = not attested).
 */
record AttestationEdit(String model, String criterion, AttestationAnswer before, AttestationAnswer after) {
    AttestationEdit inverse() {
        return new AttestationEdit(model, criterion, after, before);
    }

    String label() {
        return after == null ? "withdraw " + criterion : (after.yes() ? "yes" : "no") + " to " + criterion;
    }
}
