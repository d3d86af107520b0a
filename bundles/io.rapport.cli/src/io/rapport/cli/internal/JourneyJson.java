package io.rapport.cli.internal;

import io.rapport.journey.core.AttestationAnswer;
import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyAssessment.DimensionResult;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneySnapshot;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The JSON of {@code rapport journey}: the assessment, and the kept snapshots. */
final class JourneyJson {
    private JourneyJson() {
    }

    static void write(JsonGenerator g, JourneyModel model, JourneyAssessment a) throws IOException {
        g.writeObjectFieldStart("model");
        g.writeStringField("id", model.id());
        g.writeStringField("label", model.label());
        g.writeStringField("source", model.source());
        g.writeEndObject();
        g.writeStringField("as_of", a.asOf().toString());
        g.writeStringField("rule", JourneyAssessment.OVERALL_RULE);
        stage(g, "overall", model, a.overall());
        stage(g, "next", model, a.next());
        g.writeArrayFieldStart("dimensions");
        for (DimensionResult d : a.dimensions()) {
            g.writeStartObject();
            g.writeStringField("id", d.dimension().id());
            g.writeStringField("label", d.dimension().label());
            stage(g, "stage", model, d.stage());
            stage(g, "next", model, d.next());
            g.writeArrayFieldStart("criteria");
            for (CriterionResult c : d.criteria()) {
                criterion(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("next_steps");
        for (CriterionResult c : a.nextSteps()) {
            criterion(g, c);
        }
        g.writeEndArray();
    }

    private static void stage(JsonGenerator g, String field, JourneyModel model, JourneyModel.Stage stage)
            throws IOException {
        if (stage == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("id", stage.id());
        g.writeStringField("label", stage.label());
        g.writeNumberField("position", model.position(stage.id()) + 1);
        g.writeEndObject();
    }

    private static void criterion(JsonGenerator g, CriterionResult c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.criterion().id());
        g.writeStringField("dimension", c.criterion().dimension());
        g.writeStringField("stage", c.criterion().stage());
        g.writeStringField("label", c.criterion().label());
        g.writeStringField("kind", c.criterion().isEvidence() ? "evidence" : "attestation");
        g.writeStringField("status", c.status().name().toLowerCase(Locale.ROOT));
        if (c.criterion().isEvidence()) {
            g.writeStringField("indicator", c.criterion().evidence().indicator());
            MetricsCommand.number(g, "value", c.value());
        } else {
            g.writeStringField("question", c.criterion().attestation().question());
        }
        g.writeStringField("target", c.target());
        g.writeStringField("basis", c.basis());
        AttestationAnswer a = c.answer();
        if (a == null) {
            g.writeNullField("answer");
        } else {
            g.writeObjectFieldStart("answer");
            g.writeBooleanField("yes", a.yes());
            g.writeStringField("note", a.note());
            g.writeStringField("who", a.who());
            g.writeStringField("when", a.when().toString());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void history(JsonGenerator g, JourneyModel model, List<JourneySnapshot> snapshots) throws IOException {
        g.writeStringField("model", model.id());
        g.writeArrayFieldStart("snapshots");
        for (JourneySnapshot s : snapshots) {
            g.writeStartObject();
            g.writeStringField("as_of", s.asOf().toString());
            g.writeStringField("taken", s.taken().toString());
            g.writeStringField("overall", s.overall());
            g.writeObjectFieldStart("stages");
            for (var e : s.stages().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
