package io.rapport.sample.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What people say in the sample, by situation, read from {@code phrasebook.txt} next to this class. Kept as
 * text so that the wording can be improved without touching the generator.
 */
final class Phrasebook {
    static final String RESOURCE = "phrasebook.txt";

    private final Map<String, List<String>> sections;

    private Phrasebook(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** The phrasebook shipped in this bundle. */
    static Phrasebook load() {
        try (InputStream in = Phrasebook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the sample bundle");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Phrasebook parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        String line;
        while ((line = reader.readLine()) != null) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("==")) {
                current = new ArrayList<>();
                sections.put(l.substring(2).strip(), current);
            } else if (current == null) {
                throw new IOException(RESOURCE + ": text before the first '== section': " + l);
            } else {
                current.add(l);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Phrasebook(Collections.unmodifiableMap(frozen));
    }

    boolean has(String key) {
        List<String> lines = sections.get(key);
        return lines != null && !lines.isEmpty();
    }

    /** Section names in file order. */
    List<String> keys() {
        return List.copyOf(sections.keySet());
    }

    List<String> lines(String key) {
        List<String> lines = sections.get(key);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("the phrasebook has no section '" + key + "'");
        }
        return lines;
    }

    /** The issues the phrasebook has for a topic: "outage" for sections like "question signal/outage". */
    List<String> issues(Topic topic) {
        String prefix = Intent.QUESTION.key() + " " + topic.key() + "/";
        List<String> out = new ArrayList<>();
        for (String key : sections.keySet()) {
            if (key.startsWith(prefix)) {
                out.add(key.substring(prefix.length()));
            }
        }
        return out;
    }

    /** One of the section's phrases, placeholders still in it. */
    String pick(String key, Random random) {
        List<String> lines = lines(key);
        return lines.get(random.nextInt(lines.size()));
    }
}
