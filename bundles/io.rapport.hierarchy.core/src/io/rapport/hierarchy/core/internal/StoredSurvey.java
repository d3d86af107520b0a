package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the project's survey tables hold, read through the store's queries. */
final class StoredSurvey {
    private StoredSurvey() {
    }

    static Optional<InstrumentFile> instrument(ProjectStore store, SurveyImporter reader) throws ProjectException {
        String[] stored = new String[2];
        store.query("SELECT definition, file FROM survey_instrument", List.of(), r -> {
            stored[0] = (String) r.get(0);
            stored[1] = (String) r.get(1);
        });
        if (stored[0] == null) {
            return Optional.empty();
        }
        try {
            InstrumentFile read = reader.parseInstrument(stored[0], "the instrument of project "
                    + store.settings().name());
            return Optional.of(new InstrumentFile(read.instrument(), read.definition(),
                    stored[1] == null ? read.source() : stored[1]));
        } catch (SurveyInputException e) {
            // it was valid when it was stored: only a newer Rapport's instrument could fail here
            throw new ProjectException(e.getMessage(), e);
        }
    }

    static long respondents(ProjectStore store) throws ProjectException {
        long[] n = new long[1];
        store.query("SELECT count(*) FROM survey_respondents", List.of(), r -> n[0] = ((Number) r.get(0)).longValue());
        return n[0];
    }

    static long withHandles(ProjectStore store) throws ProjectException {
        long[] n = new long[1];
        store.query("SELECT count(*) FROM survey_respondents WHERE handle IS NOT NULL", List.of(),
                r -> n[0] = ((Number) r.get(0)).longValue());
        return n[0];
    }

    /**
     * A new instrument must fit every stored answer: each answered item is one of its items and each answer lies
     * on its scale. Otherwise the stored answers would silently drop out of the scores, or be scored on the wrong
     * scale.
     */
    static void checkFits(ProjectStore store, InstrumentFile candidate) throws ProjectException, SurveyInputException {
        Instrument instrument = candidate.instrument();
        List<String> problems = new ArrayList<>();
        store.query("SELECT item_id, min(answer), max(answer) FROM survey_answers"
                + " GROUP BY item_id ORDER BY item_id", List.of(), r -> {
                    String item = (String) r.get(0);
                    int min = ((Number) r.get(1)).intValue();
                    int max = ((Number) r.get(2)).intValue();
                    Item known = instrument.item(item);
                    if (known == null || !known.id().equals(item)) {
                        problems.add("it has no item " + item);
                    } else if (!instrument.onScale(min) || !instrument.onScale(max)) {
                        problems.add("answers to " + item + " range " + min + "–" + max + ", outside its scale "
                                + instrument.scaleMin() + "–" + instrument.scaleMax());
                    }
                });
        if (!problems.isEmpty()) {
            throw new SurveyInputException(candidate.source() + ": the instrument does not fit the answers the project"
                    + " holds (" + String.join("; ", problems) + "); replace the survey to start afresh with it");
        }
    }
}
