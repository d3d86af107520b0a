package io.rapport.sample.internal;

import java.util.regex.Pattern;

/** How the tests recognise what people say, by the phrasebook's conventions. */
final class SampleTexts {
    /** At least one of these is in every English complaint, and in no question, praise or thanks. */
    static final Pattern NEGATIVE = Pattern.compile(
            "ridiculous|terrible|awful|useless|worst|unacceptable|disappointed|frustrat|angry|shocking|pathetic"
                    + "|horrible|poor|hate",
            Pattern.CASE_INSENSITIVE);
    /** The same, as a DuckDB regular expression for queries over the project. */
    static final String NEGATIVE_SQL = "(?i)(" + NEGATIVE.pattern() + ")";

    private SampleTexts() {
    }
}
