package io.rapport.cycle.core.internal;

import io.rapport.core.sentiment.SentimentModel;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ScoreWriter;
import io.rapport.cycle.core.SentimentScoring;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * Scores unscored interactions with the active sentiment model, in batches scored in parallel and written in
 * one transaction.
 */
@Component(service = SentimentScoring.class)
public final class SentimentScoringComponent implements SentimentScoring {
    private static final int BATCH = 4096;

    private record Installed(SentimentModel model, String id, String version, int ranking) {
        String key() {
            return SentimentModel.key(id, version);
        }
    }

    private final List<Installed> models = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModel(SentimentModel model, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        models.add(new Installed(model, String.valueOf(properties.get("rapport.sentiment.id")),
                String.valueOf(properties.get("rapport.sentiment.version")),
                ranking instanceof Integer i ? i : 0));
    }

    void removeModel(SentimentModel model) {
        models.removeIf(m -> m.model() == model);
    }

    private Installed active() throws ProjectException {
        return models.stream()
                .max(Comparator.comparingInt(Installed::ranking).thenComparing(Installed::id,
                        Comparator.reverseOrder()))
                .orElseThrow(() -> new ProjectException("No sentiment model is installed: the metrics need one to "
                        + "tell negative interactions (install io.rapport.sentiment.vader)"));
    }

    @Override
    public String activeModelKey() {
        try {
            return active().key();
        } catch (ProjectException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public long ensureScored(ProjectStore store, IProgressMonitor monitor) throws ProjectException {
        Installed model = active();
        String unscored = " FROM interactions i WHERE NOT EXISTS (SELECT 1 FROM sentiment_scores s"
                + " WHERE s.channel = i.channel AND s.source_id = i.source_id AND s.model = ?)";
        long[] todo = new long[1];
        // the common case, everything scored, without the anti-join: scores are only ever added for
        // interactions, one per interaction and model, so equal counts mean nothing is left to score
        store.query("SELECT (SELECT count(*) FROM interactions)"
                + " - (SELECT count(*) FROM sentiment_scores WHERE model = ?)", List.of(model.key()),
                r -> todo[0] = ((Number) r.get(0)).longValue());
        if (todo[0] == 0) {
            return 0;
        }
        store.query("SELECT count(*)" + unscored, List.of(model.key()), r -> todo[0] = ((Number) r.get(0)).longValue());
        if (todo[0] == 0) {
            return 0;
        }
        SubMonitor progress = SubMonitor.convert(monitor,
                "Scoring the sentiment of " + todo[0] + " interactions (" + model.key() + ")",
                (int) Math.min(Integer.MAX_VALUE, todo[0]));
        long[] done = new long[1];
        try (ScoreWriter writer = store.beginScores(model.key())) {
            List<String[]> batch = new ArrayList<>(BATCH);
            store.query("SELECT i.channel, i.source_id, i.text" + unscored, List.of(model.key()), r -> {
                batch.add(new String[] {(String) r.get(0), (String) r.get(1), (String) r.get(2)});
                if (batch.size() == BATCH) {
                    done[0] += write(model.model(), batch, writer, progress);
                }
            });
            done[0] += write(model.model(), batch, writer, progress);
            writer.commit();
        } catch (ProjectException e) {
            if (e.getCause() instanceof OperationCanceledException cancelled) {
                throw cancelled;
            }
            throw e;
        }
        return done[0];
    }

    private static int write(SentimentModel model, List<String[]> batch, ScoreWriter writer, SubMonitor progress)
            throws ProjectException {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        double[] scores = new double[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> scores[i] = model.score(batch.get(i)[2]));
        for (int i = 0; i < scores.length; i++) {
            writer.score(batch.get(i)[0], batch.get(i)[1], scores[i]);
        }
        int n = batch.size();
        progress.worked(n);
        batch.clear();
        return n;
    }
}
