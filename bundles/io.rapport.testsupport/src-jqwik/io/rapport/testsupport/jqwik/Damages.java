package io.rapport.testsupport.jqwik;

import io.rapport.testsupport.ByteDamage;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/** One to three pieces of byte-level damage anywhere in a file (shrinking towards one small flip at the start). */
public final class Damages {
    private Damages() {
    }

    public static Arbitrary<List<ByteDamage>> some() {
        return Combinators.combine(Arbitraries.of(ByteDamage.Kind.class), Arbitraries.doubles().between(0, 1)
                .ofScale(6), Arbitraries.integers().between(1, 300), Arbitraries.integers().between(0, 255))
                .as(ByteDamage::new).list().ofMinSize(1).ofMaxSize(3);
    }
}
