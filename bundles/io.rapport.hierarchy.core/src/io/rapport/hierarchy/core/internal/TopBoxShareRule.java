package io.rapport.hierarchy.core.internal;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.LevelAnswers;
import io.rapport.core.survey.ScoringRule;
import io.rapport.core.survey.ScoringRuleProperties;

import org.osgi.service.component.annotations.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Rapport's open rule {@code top-box-share}: a level passes when at least {@code share} of its items (default
 * one half, rounded up to whole items) are answered at the top box; cumulative like every rule. Option:
 * {@code share} (above 0, up to 1).
 */
@Component(service = ScoringRule.class)
@ScoringRuleProperties(id = TopBoxShareRule.ID, label = "Top-box share per level (Rapport's open rule)", version = "1")
public final class TopBoxShareRule implements ScoringRule {
    static final String ID = "top-box-share";
    static final double DEFAULT_SHARE = 0.5;

    @Override
    public String passes(Instrument instrument, Level level, LevelAnswers answers) {
        return answers.topBox() + " >= " + required(share(instrument), answers.items());
    }

    /** The whole number of items a share of {@code items} asks for, rounded up (exactly, in decimal). */
    static int required(double share, int items) {
        return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(items)).setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }

    private static double share(Instrument instrument) {
        return new RuleOptions(instrument, ID, Set.of("share"), false).get("share", DEFAULT_SHARE, 0, true, 1);
    }

    @Override
    public String describe(Instrument instrument) {
        double share = share(instrument);
        return "Rapport's open rule 'top-box-share' (not Gallup's): a level passes when at least "
                + RuleOptions.trim(share * 100) + "% of its items (rounded up to whole items) are answered at the top"
                + " box (" + instrument.topBox() + "); the level reached is the highest such that it and every level"
                + " below it pass.";
    }
}
