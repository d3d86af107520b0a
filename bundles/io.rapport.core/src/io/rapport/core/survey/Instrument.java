package io.rapport.core.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A survey instrument of the engagement hierarchy: the levels in hierarchy order (the base first), the items
 * that measure each level, the answer scale and its top box, the segment mapping and the options of the scoring
 * rules. Everything is data: an organisation loads its own instrument (the README documents the JSON file);
 * Rapport ships an openly worded demo instrument and none of Gallup's licensed CE11 wording.
 * <p>
 * The constructor checks every rule of the format; its messages start with the JSON path of the offending
 * element ({@code $.items[3].level: ...}), so that a reader of the file can report file, path and reason.
 *
 * @param segments     {@code null} for the {@linkplain SegmentMapping#defaults documented defaults}
 * @param ruleOptions  per scoring-rule id, named numbers (for example {@code "top-box-share": {"share": 0.5}});
 *                     each rule documents and checks its own
 */
public record Instrument(String name, List<Level> levels, List<Item> items, int scaleMin, int scaleMax, int topBox,
        SegmentMapping segments, Map<String, Map<String, Double>> ruleOptions) {

    /** Ids of levels and items: letters, digits, '_', '-', '.', as they appear in column headers and options. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public Instrument {
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(items, "items");
        levels = List.copyOf(levels);
        items = List.copyOf(items);
        Map<String, Map<String, Double>> options = new LinkedHashMap<>();
        if (ruleOptions != null) {
            ruleOptions.forEach((rule, values) -> options.put(rule,
                    Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        }
        ruleOptions = Collections.unmodifiableMap(options);
        check(name, levels, items, scaleMin, scaleMax, topBox);
        if (segments == null) {
            segments = SegmentMapping.defaults(levels, scaleMin, scaleMax);
        } else {
            checkSegments(segments, levels, scaleMin, scaleMax);
        }
        for (var rule : ruleOptions.entrySet()) {
            for (var option : rule.getValue().entrySet()) {
                if (option.getValue() == null || !Double.isFinite(option.getValue())) {
                    throw new IllegalArgumentException("$.rule_options." + rule.getKey() + "." + option.getKey()
                            + ": expected a number");
                }
            }
        }
    }

    private static void check(String name, List<Level> levels, List<Item> items, int min, int max, int topBox) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("$.name: the instrument needs a name");
        }
        if (min >= max) {
            throw new IllegalArgumentException("$.scale: min (" + min + ") must be below max (" + max + ")");
        }
        if (topBox < min || topBox > max) {
            throw new IllegalArgumentException("$.top_box: " + topBox + " is outside the scale " + min + "–" + max);
        }
        if (levels.size() < 2) {
            throw new IllegalArgumentException("$.levels: a hierarchy needs at least two levels, found " + levels.size());
        }
        Set<String> levelIds = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            checkId(l.id(), "$.levels[" + i + "].id");
            if (!levelIds.add(l.id())) {
                throw new IllegalArgumentException("$.levels[" + i + "].id: level '" + l.id() + "' is listed twice");
            }
            if (l.label().isBlank()) {
                throw new IllegalArgumentException("$.levels[" + i + "].label: empty");
            }
        }
        Map<String, Integer> itemIds = new HashMap<>();
        Map<String, Integer> perLevel = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            checkId(item.id(), "$.items[" + i + "].id");
            Integer earlier = itemIds.put(item.id().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new IllegalArgumentException("$.items[" + i + "].id: item '" + item.id()
                        + "' is already $.items[" + earlier + "] (item ids are matched to column names without regard"
                        + " to case)");
            }
            if (!levelIds.contains(item.level())) {
                throw new IllegalArgumentException("$.items[" + i + "].level: no level '" + item.level()
                        + "' (levels: " + String.join(", ", levels.stream().map(Level::id).toList()) + ")");
            }
            if (item.text().isBlank()) {
                throw new IllegalArgumentException("$.items[" + i + "].text: empty");
            }
            perLevel.merge(item.level(), 1, Integer::sum);
        }
        for (int i = 0; i < levels.size(); i++) {
            if (!perLevel.containsKey(levels.get(i).id())) {
                throw new IllegalArgumentException("$.levels[" + i + "]: level '" + levels.get(i).id()
                        + "' has no items");
            }
        }
    }

    private static void checkId(String id, String path) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(path + ": '" + id + "' is not an id (1–64 letters, digits, '_', '-', '.')");
        }
    }

    private static void checkSegments(SegmentMapping s, List<Level> levels, int min, int max) {
        List<String> ids = levels.stream().map(Level::id).toList();
        int fully = ids.indexOf(s.fullyEngagedFrom());
        int engaged = ids.indexOf(s.engagedFrom());
        if (fully < 0) {
            throw new IllegalArgumentException("$.segments.fully_engaged: no level '" + s.fullyEngagedFrom() + "'");
        }
        if (engaged < 0) {
            throw new IllegalArgumentException("$.segments.engaged: no level '" + s.engagedFrom() + "'");
        }
        if (engaged >= fully) {
            throw new IllegalArgumentException("$.segments.engaged: level '" + s.engagedFrom()
                    + "' must be below the fully engaged level '" + s.fullyEngagedFrom() + "'");
        }
        if (!(s.activelyDisengagedBelow() > min && s.activelyDisengagedBelow() <= max)) {
            throw new IllegalArgumentException("$.segments.actively_disengaged_below: " + s.activelyDisengagedBelow()
                    + " must lie above the scale's minimum " + min + " and at most its maximum " + max);
        }
    }

    /** The level with this id. @throws IllegalArgumentException if there is none */
    public Level level(String id) {
        return levels.get(position(id) - 1);
    }

    /** 1-based position of a level in the hierarchy (1 = the base). @throws IllegalArgumentException if unknown */
    public int position(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no level '" + levelId + "' in instrument '" + name + "'");
    }

    /** The items of one level, in instrument order. */
    public List<Item> itemsOf(String levelId) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (i.level().equals(levelId)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The item with this id, ignoring case, or {@code null}. */
    public Item item(String id) {
        for (Item i : items) {
            if (i.id().equalsIgnoreCase(id)) {
                return i;
            }
        }
        return null;
    }

    /** Whether {@code answer} lies on the scale. */
    public boolean onScale(int answer) {
        return answer >= scaleMin && answer <= scaleMax;
    }

    /** The answer as scored: reverse-coded items count {@code min + max - answer}. */
    public int scored(Item item, int answer) {
        return item.reverse() ? scaleMin + scaleMax - answer : answer;
    }

    /** The options of one scoring rule (empty when the instrument sets none). */
    public Map<String, Double> options(String ruleId) {
        return ruleOptions.getOrDefault(ruleId, Map.of());
    }
}
