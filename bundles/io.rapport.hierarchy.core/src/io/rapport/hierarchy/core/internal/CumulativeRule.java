package io.rapport.hierarchy.core.internal;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.LevelAnswers;
import io.rapport.core.survey.ScoringRule;
import io.rapport.core.survey.ScoringRuleProperties;

import org.osgi.service.component.annotations.Component;

import java.util.Set;

/**
 * Rapport's open rule {@code cumulative}, the literal reading of the hierarchy: a level passes when every one of
 * its items is answered at the top box, so the level reached is the highest such that every item of it and of
 * all lower levels is top box. No options.
 */
@Component(service = ScoringRule.class)
@ScoringRuleProperties(id = CumulativeRule.ID, label = "Cumulative top box (Rapport's open rule)", version = "1")
public final class CumulativeRule implements ScoringRule {
    static final String ID = "cumulative";

    @Override
    public String passes(Instrument instrument, Level level, LevelAnswers answers) {
        new RuleOptions(instrument, ID, Set.of(), false);
        return answers.topBox() + " = " + answers.items();
    }

    @Override
    public String describe(Instrument instrument) {
        return "Rapport's open rule 'cumulative' (not Gallup's): a level passes when every one of its items is"
                + " answered at the top box (" + instrument.topBox() + "); the level reached is the highest such that"
                + " it and every level below it pass.";
    }
}
