package io.rapport.importer.core.internal;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.importer.Recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the importer for a file (or an archive entry, or a compressed file's content) when no format is given,
 * from its {@linkplain ImportInput#fileName() name} and its first bytes as they are read (decompressed). The
 * name decides (the most specific pattern),
 * unless the importer it names denies the content and another importer claims it; a file no pattern names
 * goes to the importer that claims its content. When the pick was not obvious from the name alone, it says
 * which importer it picked and why, and which others could have read the file.
 */
final class FormatChooser {
    private final ImporterRegistry registry;

    FormatChooser(ImporterRegistry registry) {
        this.registry = registry;
    }

    /** An importer's view of one file. */
    private record Opinion(ImporterDescriptor descriptor, int specificity, Recognition recognition) {
    }

    /** The pick, with why when it was not obvious from the name; empty when no importer reads the file. */
    record Choice(ImporterDescriptor format, String why) {
    }

    /** @param head the first (up to {@value ChannelImporter#HEAD_BYTES}) bytes of what the input delivers */
    Optional<Choice> choose(ImportInput input, byte[] head) {
        String name = input.fileName();
        List<Opinion> opinions = new ArrayList<>();
        for (ImporterDescriptor d : registry.descriptors()) {
            Recognition r = registry.importer(d.id()).map(i -> safely(i, name, head)).orElse(Recognition.UNKNOWN);
            opinions.add(new Opinion(d, d.specificity(name), r));
        }
        Optional<Opinion> byName = opinions.stream().filter(o -> o.specificity() >= 0)
                .max(Comparator.comparingInt(Opinion::specificity));
        Optional<Opinion> byContent = opinions.stream().filter(o -> o.recognition().isClaim())
                .max(Comparator.comparingInt((Opinion o) -> o.recognition().confidence())
                        .thenComparingInt(Opinion::specificity));
        if (byName.isPresent() && (byContent.isEmpty() || !byName.get().recognition().isDenial()
                || byContent.get() == byName.get())) {
            Opinion pick = byName.get();
            List<String> others = opinions.stream().filter(o -> o != pick && (o.recognition().isClaim()
                    || o.specificity() == pick.specificity())).map(o -> o.descriptor().id()).toList();
            String why = others.isEmpty() ? null : "picked " + pick.descriptor().id() + " by its file name"
                    + (pick.recognition().isClaim() ? " and content (" + pick.recognition().reason() + ")" : "")
                    + "; also possible: " + String.join(", ", others) + " (use --format to choose)";
            return Optional.of(new Choice(pick.descriptor(), why));
        }
        if (byContent.isPresent()) {
            Opinion pick = byContent.get();
            List<String> others = opinions.stream().filter(o -> o != pick && o.recognition().isClaim())
                    .map(o -> o.descriptor().id()).toList();
            String why = "recognised as " + pick.descriptor().id() + " by its content: " + pick.recognition().reason()
                    + byName.map(n -> "; its name suggests " + n.descriptor().id() + ", which says: "
                            + n.recognition().reason()).orElse("")
                    + (others.isEmpty() ? "" : "; also possible: " + String.join(", ", others));
            return Optional.of(new Choice(pick.descriptor(), why));
        }
        return Optional.empty();
    }

    /** A faulty recognise() must not stop an import: it counts as "cannot tell". */
    private static Recognition safely(ChannelImporter importer, String name, byte[] head) {
        try {
            Recognition r = importer.recognise(name, head);
            return r == null ? Recognition.UNKNOWN : r;
        } catch (RuntimeException e) {
            return Recognition.UNKNOWN;
        }
    }
}
