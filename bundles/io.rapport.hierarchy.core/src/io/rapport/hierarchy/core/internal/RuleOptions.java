package io.rapport.hierarchy.core.internal;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Level;

import java.util.Map;
import java.util.Set;

/** Reads and checks a rule's options from the instrument's {@code rule_options}; messages name the JSON path. */
final class RuleOptions {
    private final Instrument instrument;
    private final String rule;
    private final Map<String, Double> values;

    RuleOptions(Instrument instrument, String rule, Set<String> names, boolean perLevel) {
        this.instrument = instrument;
        this.rule = rule;
        this.values = instrument.options(rule);
        for (String name : values.keySet()) {
            boolean levelOption = false;
            for (String n : names) {
                if (perLevel && name.startsWith(n + ".")) {
                    String level = name.substring(n.length() + 1);
                    if (instrument.levels().stream().noneMatch(l -> l.id().equals(level))) {
                        throw new IllegalArgumentException(path(name) + ": no level '" + level + "' in the instrument");
                    }
                    levelOption = true;
                }
            }
            if (!names.contains(name) && !levelOption) {
                throw new IllegalArgumentException(path(name) + ": unknown option (" + String.join(", ", names)
                        + (perLevel ? ", or one of them followed by .LEVEL" : "") + ")");
            }
        }
    }

    /** The option, or {@code fallback}; checked to lie in {@code [min, max]} ({@code minExclusive}: above min). */
    double get(String name, double fallback, double min, boolean minExclusive, double max) {
        double v = values.getOrDefault(name, fallback);
        if (v > max || v < min || (minExclusive && v == min)) {
            throw new IllegalArgumentException(path(name) + ": " + v + " must lie " + (minExclusive ? "above " : "from ")
                    + trim(min) + (minExclusive ? " and up to " : " to ") + trim(max));
        }
        return v;
    }

    /** A per-level option ({@code name.level}), falling back to the instrument-wide {@code name}. */
    double forLevel(String name, Level level, double fallback, double min, boolean minExclusive, double max) {
        double general = get(name, fallback, min, minExclusive, max);
        String key = name + "." + level.id();
        return values.containsKey(key) ? get(key, general, min, minExclusive, max) : general;
    }

    Instrument instrument() {
        return instrument;
    }

    private String path(String name) {
        return "$.rule_options." + rule + "." + name;
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
