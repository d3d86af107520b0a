package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.core.store.RecordError;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.Advocacy;
import io.rapport.hierarchy.core.BenchmarkDistribution;
import io.rapport.hierarchy.core.Breakdown;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.LevelResult;
import io.rapport.hierarchy.core.Reproducibility;
import io.rapport.hierarchy.core.SegmentCount;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportReport.PartialResponse;
import io.rapport.hierarchy.core.UnscoredRespondent;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The {@code rapport score --json} document, as the README shows it. */
final class ScoreJson {
    private ScoreJson() {
    }

    static void write(JsonGenerator g, HierarchyReport r, SurveyImportReport imported) throws IOException {
        g.writeStringField("instrument", r.instrument());
        g.writeObjectFieldStart("rule");
        g.writeStringField("id", r.rule().id());
        g.writeStringField("label", r.rule().label());
        g.writeStringField("version", r.rule().version());
        g.writeStringField("description", r.ruleDescription());
        g.writeEndObject();
        if (imported != null) {
            g.writeObjectFieldStart("import");
            writeImportFields(g, imported);
            g.writeEndObject();
        }
        g.writeNumberField("respondents", r.respondents());
        g.writeNumberField("scored", r.scored());
        g.writeNumberField("not_scored", r.notScored());
        g.writeFieldName("segments");
        segments(g, r.segments());
        MetricsCommand.number(g, "engagement_ratio", r.engagementRatio());
        g.writeNumberField("reached_none", r.reachedNone());
        g.writeArrayFieldStart("levels");
        for (LevelResult l : r.levels()) {
            g.writeStartObject();
            g.writeStringField("id", l.level().id());
            g.writeStringField("label", l.level().label());
            g.writeNumberField("position", l.position());
            g.writeNumberField("scored", l.scored());
            g.writeNumberField("passed", l.passed());
            MetricsCommand.number(g, "pass_rate", l.passRate());
            g.writeNumberField("reached_at_least", l.reachedAtLeast());
            MetricsCommand.number(g, "reached_share", l.reachedShare());
            g.writeNumberField("reached_exactly", l.reachedExactly());
            g.writeNumberField("passed_above_failure", l.passedAboveFailure());
            g.writeBooleanField("out_of_order", l.outOfOrder());
            g.writeEndObject();
        }
        g.writeEndArray();
        Reproducibility p = r.reproducibility();
        g.writeObjectFieldStart("reproducibility");
        g.writeStringField("method", Reproducibility.METHOD);
        g.writeNumberField("respondents", p.respondents());
        g.writeNumberField("excluded", p.excluded());
        g.writeNumberField("errors", p.errors());
        MetricsCommand.number(g, "coefficient", p.coefficient());
        MetricsCommand.number(g, "minimum_marginal", p.minimumMarginal());
        MetricsCommand.number(g, "scalability", p.scalability());
        g.writeBooleanField("holds", p.holds());
        g.writeObjectFieldStart("thresholds");
        g.writeNumberField("coefficient", Reproducibility.REPRODUCIBILITY_THRESHOLD);
        g.writeNumberField("scalability", Reproducibility.SCALABILITY_THRESHOLD);
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("unscored");
        for (UnscoredRespondent u : r.unscored()) {
            g.writeStartObject();
            g.writeStringField("respondent", u.respondentId());
            g.writeStringField("level", u.level());
            strings(g, "missing_items", u.missingItems());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.breakdown() == null) {
            g.writeNullField("breakdown");
        } else {
            g.writeObjectFieldStart("breakdown");
            g.writeStringField("attribute", r.breakdown().attribute());
            g.writeArrayFieldStart("groups");
            for (Breakdown.Group group : r.breakdown().groups()) {
                g.writeStartObject();
                g.writeStringField("value", group.value());
                g.writeNumberField("respondents", group.respondents());
                g.writeNumberField("not_scored", group.notScored());
                g.writeFieldName("segments");
                segments(g, group.segments());
                MetricsCommand.number(g, "engagement_ratio", group.engagementRatio());
                g.writeBooleanField("small", group.small());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (r.advocacy() == null) {
            g.writeNullField("advocacy");
        } else {
            advocacy(g, r.advocacy());
        }
        g.writeArrayFieldStart("benchmarks");
        for (BenchmarkDistribution b : r.benchmarks()) {
            g.writeStartObject();
            g.writeStringField("id", b.id());
            g.writeStringField("label", b.label());
            g.writeObjectFieldStart("shares");
            for (Map.Entry<Segment, Double> s : b.shares().entrySet()) {
                g.writeNumberField(s.getKey().id(), s.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("engagement_ratio", b.ratio());
            g.writeStringField("source", b.source());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void advocacy(JsonGenerator g, Advocacy a) throws IOException {
        g.writeObjectFieldStart("advocacy");
        g.writeStringField("sentiment_model", a.sentimentModel());
        g.writeArrayFieldStart("by_segment");
        for (Advocacy.Row row : a.bySegment()) {
            g.writeStartObject();
            g.writeStringField("segment", row.segment().id());
            g.writeNumberField("respondents", row.respondents());
            g.writeNumberField("with_handle", row.withHandle());
            g.writeNumberField("linked", row.linked());
            g.writeNumberField("interactions", row.interactions());
            g.writeNumberField("about_us", row.aboutUs());
            g.writeNumberField("positive_about_us", row.positiveAboutUs());
            MetricsCommand.number(g, "positive_share", row.positiveShare());
            g.writeNumberField("negative_about_us", row.negativeAboutUs());
            MetricsCommand.number(g, "negative_share", row.negativeShare());
            g.writeNumberField("recommendations", row.recommendations());
            g.writeNumberField("recommenders", row.recommenders());
            MetricsCommand.number(g, "recommender_share", row.recommenderShare());
            g.writeNumberField("helpful_replies", row.helpfulReplies());
            g.writeNumberField("helpers", row.helpers());
            MetricsCommand.number(g, "helper_share", row.helperShare());
            g.writeNumberField("shares_of_our_posts", row.sharesOfOurPosts());
            g.writeNumberField("sharers", row.sharers());
            MetricsCommand.number(g, "sharer_share", row.sharerShare());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void segments(JsonGenerator g, List<SegmentCount> segments) throws IOException {
        g.writeStartArray();
        for (SegmentCount s : segments) {
            g.writeStartObject();
            g.writeStringField("segment", s.segment().id());
            g.writeStringField("label", s.segment().label());
            g.writeNumberField("count", s.count());
            MetricsCommand.number(g, "share", s.share());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The import alone: the document of a --strict import that was refused. */
    static void writeImport(JsonGenerator g, SurveyImportReport imported) throws IOException {
        g.writeObjectFieldStart("import");
        writeImportFields(g, imported);
        g.writeEndObject();
    }

    private static void writeImportFields(JsonGenerator g, SurveyImportReport r) throws IOException {
        g.writeBooleanField("committed", r.committed());
        g.writeBooleanField("instrument_replaced", r.instrumentReplaced());
        g.writeNumberField("removed", r.removed());
        SurveyImportReport.Responses s = r.responses();
        if (s == null) {
            g.writeNullField("responses");
            return;
        }
        g.writeObjectFieldStart("responses");
        g.writeStringField("file", s.file());
        g.writeStringField("encoding", s.encoding());
        g.writeStringField("delimiter", s.sheet() != null ? null : String.valueOf(s.delimiter()));
        g.writeStringField("sheet", s.sheet());
        g.writeObjectFieldStart("columns");
        g.writeStringField("respondent_id", s.columns().respondentId());
        g.writeStringField("handle", s.columns().handle());
        g.writeStringField("handle_channel", s.columns().handleChannel());
        g.writeObjectFieldStart("items");
        for (Map.Entry<String, String> e : s.columns().items().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        strings(g, "attributes", s.columns().attributes());
        strings(g, "ignored", s.columns().ignored());
        g.writeEndObject();
        g.writeNumberField("rows", s.rows());
        g.writeNumberField("added", s.added());
        g.writeNumberField("replaced", s.replaced());
        g.writeNumberField("rejected", s.rejected());
        g.writeNumberField("partial", s.partial());
        errors(g, "errors", s.errors());
        g.writeArrayFieldStart("partials");
        for (PartialResponse p : s.partials()) {
            g.writeStartObject();
            g.writeNumberField("row", p.row());
            g.writeStringField("respondent", p.respondentId());
            strings(g, "missing_items", p.missingItems());
            strings(g, "levels_not_scored", p.levelsNotScored());
            g.writeEndObject();
        }
        g.writeEndArray();
        errors(g, "notes", s.notes());
        g.writeEndObject();
    }

    private static void errors(JsonGenerator g, String field, List<RecordError> errors) throws IOException {
        g.writeArrayFieldStart(field);
        for (RecordError e : errors) {
            g.writeStartObject();
            g.writeNumberField("row", e.line());
            g.writeStringField("reason", e.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
