package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapCell;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.gap.core.Measurement;
import io.rapport.gap.core.Shortfall;

import java.io.IOException;
import java.util.Map;

/** {@code rapport gap --json}: the report as its help documents it; undefined values are null. */
final class GapJson {
    private GapJson() {
    }

    static void write(JsonGenerator g, GapReport r) throws IOException {
        period(g, "period", r.period());
        period(g, "previous_period", r.previousPeriod());
        g.writeArrayFieldStart("channels");
        for (String c : r.channels()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (ExpectationGap row : r.rows()) {
            row(g, row);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indicators");
        for (IndicatorResult i : r.indicators()) {
            g.writeStartObject();
            g.writeStringField("id", i.indicator().id());
            g.writeStringField("label", i.indicator().label());
            g.writeStringField("version", i.indicator().version());
            g.writeStringField("formula", i.indicator().formula());
            g.writeStringField("failure", i.failure());
            g.writeArrayFieldStart("channels");
            for (ChannelMeasurement m : i.channels()) {
                g.writeStartObject();
                g.writeStringField("channel", m.channel());
                measurementFields(g, m.current());
                g.writeObjectFieldStart("previous");
                measurementFields(g, m.previous());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("shortfalls");
        for (Shortfall s : r.shortfalls()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("label", s.label());
            g.writeArrayFieldStart("indicators");
            for (String id : s.indicators()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("sentiment_model", r.sentimentModel());
    }

    private static void row(JsonGenerator g, ExpectationGap row) throws IOException {
        g.writeStartObject();
        g.writeNumberField("rank", row.rank());
        g.writeStringField("id", row.expectation().id());
        g.writeStringField("label", row.expectation().label());
        MetricsCommand.number(g, "importance", row.importance());
        g.writeStringField("importance_source", row.importanceSource());
        g.writeNumberField("target", row.expectation().target());
        g.writeArrayFieldStart("indicators");
        for (String id : row.expectation().indicators()) {
            g.writeString(id);
        }
        g.writeEndArray();
        MetricsCommand.number(g, "performance", row.performance());
        MetricsCommand.number(g, "gap", row.gap());
        MetricsCommand.number(g, "previous_performance", row.previousPerformance());
        MetricsCommand.number(g, "previous_gap", row.previousGap());
        MetricsCommand.number(g, "change", row.change());
        g.writeArrayFieldStart("notes");
        for (String note : row.notes()) {
            g.writeString(note);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cells");
        for (GapCell c : row.cells()) {
            g.writeStartObject();
            g.writeStringField("channel", c.channel());
            MetricsCommand.number(g, "performance", c.performance());
            MetricsCommand.number(g, "gap", c.gap());
            g.writeNumberField("basis", c.basis());
            g.writeObjectFieldStart("indicators");
            for (Map.Entry<String, Measurement> m : c.indicators().entrySet()) {
                g.writeObjectFieldStart(m.getKey());
                measurementFields(g, m.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void measurementFields(JsonGenerator g, Measurement m) throws IOException {
        MetricsCommand.number(g, "value", m.value());
        g.writeNumberField("numerator", m.numerator());
        g.writeNumberField("denominator", m.denominator());
        g.writeStringField("note", m.note());
    }

    private static void period(JsonGenerator g, String field, GapPeriod p) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("from", p.from().toString());
        g.writeStringField("to", p.to().toString());
        g.writeEndObject();
    }
}
