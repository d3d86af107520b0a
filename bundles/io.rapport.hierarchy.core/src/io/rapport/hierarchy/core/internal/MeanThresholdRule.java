package io.rapport.hierarchy.core.internal;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.LevelAnswers;
import io.rapport.core.survey.ScoringRule;
import io.rapport.core.survey.ScoringRuleProperties;

import org.osgi.service.component.annotations.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rapport's open rule {@code mean-thresholds}: a level passes when the mean of its answers (after reverse coding)
 * is at least a threshold; cumulative like every rule. Options: {@code threshold} (default: three quarters up
 * the scale, 4 on 1–5, 7.5 on 0–10) and {@code threshold.LEVEL} for one level.
 */
@Component(service = ScoringRule.class)
@ScoringRuleProperties(id = MeanThresholdRule.ID, label = "Mean-score thresholds (Rapport's open rule)", version = "1")
public final class MeanThresholdRule implements ScoringRule {
    static final String ID = "mean-thresholds";

    @Override
    public String passes(Instrument instrument, Level level, LevelAnswers answers) {
        double threshold = threshold(options(instrument), level);
        // mean >= threshold, written without division: total >= threshold × items, exactly in decimal
        return answers.total() + " >= " + ScoringSql.literal(BigDecimal.valueOf(threshold)
                .multiply(BigDecimal.valueOf(answers.items())));
    }

    static double defaultThreshold(Instrument instrument) {
        return instrument.scaleMin() + 0.75 * (instrument.scaleMax() - instrument.scaleMin());
    }

    private static RuleOptions options(Instrument instrument) {
        return new RuleOptions(instrument, ID, Set.of("threshold"), true);
    }

    private static double threshold(RuleOptions options, Level level) {
        Instrument i = options.instrument();
        return options.forLevel("threshold", level, defaultThreshold(i), i.scaleMin(), false, i.scaleMax());
    }

    @Override
    public String describe(Instrument instrument) {
        RuleOptions options = options(instrument);
        double general = options.get("threshold", defaultThreshold(instrument), instrument.scaleMin(), false,
                instrument.scaleMax());
        List<String> specific = new ArrayList<>();
        for (Level l : instrument.levels()) {
            double t = threshold(options, l);
            if (t != general) {
                specific.add(l.id() + ": " + RuleOptions.trim(t));
            }
        }
        return "Rapport's open rule 'mean-thresholds' (not Gallup's): a level passes when the mean of its answers is"
                + " at least " + RuleOptions.trim(general) + (specific.isEmpty() ? "" : " (" + String.join(", ",
                        specific) + ")") + "; the level reached is the highest such that it and every level below it"
                + " pass.";
    }
}
