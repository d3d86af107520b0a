package io.rapport.sample.internal;

import io.rapport.core.model.Channels;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Invents the answers to the demo instrument of a survey fielded at the end of the sample period. About half
 * the respondents give a channel handle that matches a customer in the interactions, and answer in line with
 * that customer's segment, so an analyst can link the survey to social behaviour (DESIGN.md §1).
 */
final class SurveySample {
    static final int RESPONDENTS = 400;
    static final int LINKED = 200;
    static final int UNSEEN_HANDLES = 50;
    static final LocalDate FIELDED_FROM = LocalDate.of(2026, 9, 14);
    static final LocalDate FIELDED_TO = LocalDate.of(2026, 10, 16);

    /** Chance of answering 1..5, per segment (in segment order) and hierarchy level (in level order). */
    private static final List<List<List<Double>>> ANSWER_ODDS = List.of(
            List.of(odds(0, 0, 0, .07, .93), odds(0, 0, 0, .08, .92), odds(0, 0, .01, .1, .89),
                    odds(0, 0, .02, .12, .86), odds(0, 0, .03, .15, .82)),
            List.of(odds(0, 0, .05, .3, .65), odds(0, 0, .08, .4, .52), odds(0, .02, .12, .46, .4),
                    odds(0, .05, .2, .45, .3), odds(0, .08, .3, .42, .2)),
            List.of(odds(.02, .08, .35, .4, .15), odds(.03, .15, .42, .32, .08), odds(.05, .2, .42, .28, .05),
                    odds(.08, .25, .42, .22, .03), odds(.12, .3, .38, .18, .02)),
            List.of(odds(.3, .35, .25, .08, .02), odds(.4, .35, .18, .06, .01), odds(.45, .33, .16, .05, .01),
                    odds(.5, .3, .15, .04, .01), odds(.55, .3, .12, .03, 0)));

    private final Random random;
    private final Instrument instrument;

    /** @param instrument the demo instrument: its five levels in order are those of {@link #ANSWER_ODDS} */
    SurveySample(Random random, Instrument instrument) {
        this.random = random;
        this.instrument = instrument;
        if (instrument.levels().size() != ANSWER_ODDS.get(0).size()) {
            throw new IllegalArgumentException("the sample's answer odds are for " + ANSWER_ODDS.get(0).size()
                    + " levels, the instrument has " + instrument.levels().size());
        }
    }

    List<SurveyResponse> respondents(SampleData data) {
        Map<Customer, String> seen = data.customersSeen();
        List<Customer> linked = new ArrayList<>(seen.keySet());
        Collections.shuffle(linked, random);
        linked = linked.subList(0, Math.min(LINKED, linked.size()));
        List<Customer> unseen = new ArrayList<>(data.customers().all().stream()
                .filter(c -> !seen.containsKey(c) && c.uses(firstChannel(c))).toList());
        Collections.shuffle(unseen, random);
        unseen = unseen.subList(0, Math.min(UNSEEN_HANDLES, unseen.size()));

        List<SurveyResponse> rows = new ArrayList<>(RESPONDENTS);
        for (Customer c : linked) {
            String channel = seen.get(c);
            rows.add(answer(c.handleOn(channel), c.region(), c.product(), channel, drift(c.segment())));
        }
        for (Customer c : unseen) {
            String channel = firstChannel(c);
            rows.add(answer(c.handleOn(channel), c.region(), c.product(), channel, drift(c.segment())));
        }
        while (rows.size() < RESPONDENTS) {
            Customer anyone = data.customers().all().get(random.nextInt(data.customers().all().size()));
            rows.add(answer(null, anyone.region(), anyone.product(), null, Segment.draw(random)));
        }
        // number respondents in the order they answered, as a survey tool would (shuffled first, so that
        // linked respondents do not come first within a day)
        Collections.shuffle(rows, random);
        rows.sort(Comparator.comparing(SurveyResponse::date));
        List<SurveyResponse> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SurveyResponse r = rows.get(i);
            String id = String.format(Locale.ROOT, "R%04d", i + 1);
            numbered.add(new SurveyResponse(id, r.handle(), r.region(), r.product(), r.channel(), r.date(), r.answers(),
                    r.segment()));
        }
        return numbered;
    }

    private SurveyResponse answer(String handle, String region, String product, String channel, Segment segment) {
        long days = FIELDED_TO.toEpochDay() - FIELDED_FROM.toEpochDay();
        LocalDate date = FIELDED_FROM.plusDays(random.nextInt((int) days + 1));
        List<Integer> answers = new ArrayList<>(instrument.items().size());
        String level = null;
        int levelAnswer = 0;
        for (Item item : instrument.items()) {
            if (!item.level().equals(level)) {
                level = item.level();
                levelAnswer = draw(ANSWER_ODDS.get(segment.ordinal()).get(instrument.position(level) - 1));
            }
            // items of one level move together, with some disagreement between them
            int a = random.nextDouble() < 0.85 ? levelAnswer : levelAnswer + (random.nextBoolean() ? 1 : -1);
            a = Math.max(instrument.scaleMin(), Math.min(instrument.scaleMax(), a));
            double blank = instrument.position(item.level()) == instrument.levels().size() ? 0.03 : 0.012;
            answers.add(random.nextDouble() < blank ? null : a);
        }
        return new SurveyResponse(null, handle, region, product, channel, date, answers, segment);
    }

    /** Survey answers match online behaviour only roughly: people change, and moods differ by day. */
    private Segment drift(Segment s) {
        if (random.nextDouble() >= 0.15) {
            return s;
        }
        int shifted = s.ordinal() + (random.nextBoolean() ? 1 : -1);
        return Segment.values()[Math.max(0, Math.min(Segment.values().length - 1, shifted))];
    }

    private int draw(List<Double> odds) {
        double r = random.nextDouble();
        for (int i = 0; i < odds.size(); i++) {
            r -= odds.get(i);
            if (r < 0) {
                return i + 1;
            }
        }
        return odds.size();
    }

    private static String firstChannel(Customer c) {
        for (String channel : List.of(Channels.X, Channels.FACEBOOK, Channels.INSTAGRAM, Channels.REDDIT,
                Channels.GOOGLE_PLAY, Channels.APP_STORE, Channels.ZENDESK, Channels.TRUSTPILOT, Channels.DISCOURSE,
                Channels.MASTODON)) {
            if (c.uses(channel)) {
                return channel;
            }
        }
        return Channels.X;
    }

    private static List<Double> odds(double... p) {
        List<Double> out = new ArrayList<>(p.length);
        for (double d : p) {
            out.add(d);
        }
        return List.copyOf(out);
    }
}
