package io.rapport.sentiment.vader.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The VADER valence lexicon: token → mean valence (−4..4), immutable once read. The file has one entry a line,
 * tab-separated: token, mean valence, standard deviation, the ten raters' scores; only the first two are used.
 * A token listed twice keeps its last valence, as the reference's dictionary does. Tokens are kept as written
 * and looked up in lower case, so an entry with capitals (":P") is never matched — as in the reference.
 */
public final class Lexicon {
    private final Map<String, Double> valences;

    private Lexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /** Reads a lexicon from the class path of {@code owner} (in OSGi: its bundle). */
    public static Lexicon fromResource(Class<?> owner, String path) {
        InputStream in = owner.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the VADER lexicon " + path + " is not on the class path of " + owner.getName());
        }
        try (in) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the VADER lexicon " + path, e);
        }
    }

    /** @throws IllegalArgumentException naming the line of an entry without a numeric valence */
    public static Lexicon read(Reader reader) throws IOException {
        Map<String, Double> valences = new HashMap<>(16_384);
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] fields = entry.split("\t", 3);
            if (fields.length < 2) {
                throw new IllegalArgumentException("line " + number + " of the VADER lexicon has no valence: " + entry);
            }
            try {
                valences.put(fields[0], Double.parseDouble(fields[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + number + " of the VADER lexicon has a valence that is not a number: "
                        + entry, e);
            }
        }
        return new Lexicon(valences);
    }

    public boolean contains(String lowerCaseToken) {
        return valences.containsKey(lowerCaseToken);
    }

    /** The valence of a token in lower case, or {@code null} when the lexicon does not list it. */
    public Double valence(String lowerCaseToken) {
        return valences.get(lowerCaseToken);
    }

    public int size() {
        return valences.size();
    }
}
