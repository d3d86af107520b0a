package io.rapport.gap.core;

import io.rapport.core.store.ProjectException;

import java.util.List;

/** The rows cannot be saved: every problem, each naming its row. */
public final class GapModelException extends ProjectException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public GapModelException(List<String> problems) {
        super("The gap matrix's rows are not valid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
