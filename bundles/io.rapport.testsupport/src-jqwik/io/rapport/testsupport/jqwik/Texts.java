package io.rapport.testsupport.jqwik;

import io.rapport.testsupport.TextPieces;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Texts for the round-trip properties: awkward pieces (quotes, backslashes, breaks, emoji, astral), any characters. */
public final class Texts {
    private Texts() {
    }

    public static Arbitrary<String> any() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(TextPieces.ALL),
                Arbitraries.strings().all().ofMaxLength(4)
                        .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))));
        return piece.list().ofMaxSize(12).map(p -> String.join("", p));
    }
}
