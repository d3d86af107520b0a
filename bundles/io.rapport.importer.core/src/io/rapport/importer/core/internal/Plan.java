package io.rapport.importer.core.internal;

import io.rapport.core.importer.ImportPlan;
import io.rapport.importer.core.ContainerLimitException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The units found, the zips they are read from, and the first safety limit any of them hit. */
final class Plan implements ImportPlan {
    private final List<Unit> units = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final OpenArchives archives = new OpenArchives();
    private String refusal;

    void skip(String why) {
        skipped.add(why);
    }

    @Override
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    void add(Unit unit) {
        units.add(unit);
    }

    int size() {
        return units.size();
    }

    OpenArchives archives() {
        return archives;
    }

    /** Remembers the first refusal: an importer may have taken its exception for a bad record. */
    synchronized void refused(ContainerLimitException e) {
        if (refusal == null) {
            refusal = e.getMessage();
        }
    }

    @Override
    public List<Unit> units() {
        return List.copyOf(units);
    }

    @Override
    public synchronized Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public void close() {
        archives.close();
    }
}
