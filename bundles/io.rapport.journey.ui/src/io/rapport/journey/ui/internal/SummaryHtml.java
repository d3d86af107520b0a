package io.rapport.journey.ui.internal;

import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyAssessment.DimensionResult;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneySnapshot;

import java.util.List;

/**
 * The one-page HTML summary: the map as a table (reached cells filled, each cell carrying
 * {@code data-dimension}, {@code data-stage} and {@code data-reached} for tools that read it), the next steps,
 * every attestation with who answered when, and the history. Self-contained (inline CSS), escaped.
 */
final class SummaryHtml {
    private SummaryHtml() {
    }

    static String write(String project, JourneyModel model, JourneyAssessment a, List<JourneySnapshot> history) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<title>").append(esc(model.label() + " \u2014 " + project)).append("</title><style>")
                .append("body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
                .append("td.reached{background:#c6dbef}td.current{background:#4292c6;color:#fff}")
                .append(".met{color:#1a7f37}.not_met{color:#c62828}.unknown{color:#777}</style></head><body>\n");
        h.append("<h1>").append(esc(model.label())).append("</h1>\n<p>").append(esc(project)).append(", as of ")
                .append(a.asOf()).append(": <strong id=\"overall\" data-stage=\"").append(esc(a.overall().id()))
                .append("\">").append(esc(a.overall().label())).append("</strong> (")
                .append(esc(JourneyAssessment.OVERALL_RULE)).append(")</p>\n");
        h.append("<table id=\"map\"><tr><th></th>");
        model.stages().forEach(s -> h.append("<th>").append(esc(s.label())).append("</th>"));
        h.append("</tr>\n");
        for (DimensionResult d : a.dimensions()) {
            h.append("<tr><th>").append(esc(d.dimension().label())).append("</th>");
            int reached = model.position(d.stage().id());
            for (int s = 0; s < model.stages().size(); s++) {
                String stage = model.stages().get(s).id();
                List<CriterionResult> cell = d.criteria().stream().filter(c -> c.criterion().stage().equals(stage))
                        .toList();
                h.append("<td class=\"").append(s < reached ? "reached" : s == reached ? "current" : "open")
                        .append("\" data-dimension=\"").append(esc(d.dimension().id())).append("\" data-stage=\"")
                        .append(esc(stage)).append("\" data-reached=\"").append(s <= reached).append("\">")
                        .append(s == 0 ? "start" : cell.stream().filter(CriterionResult::met).count() + "/"
                                + cell.size())
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>").append(a.next() == null ? "Every stage is reached" : "To reach " + esc(a.next().label()))
                .append("</h2>\n<ul id=\"next-steps\">");
        for (CriterionResult r : a.nextSteps()) {
            h.append("<li data-criterion=\"").append(esc(r.criterion().id())).append("\">")
                    .append(esc(r.criterion().label())).append(": now ").append(esc(Texts.value(r)))
                    .append(", target ").append(esc(r.target())).append("</li>");
        }
        h.append("</ul>\n<h2>Criteria</h2>\n<table id=\"criteria\"><tr><th>Dimension</th><th>Stage</th>")
                .append("<th>Criterion</th><th>Status</th><th>Now</th><th>Target</th><th>Based on / note</th>")
                .append("<th>Who</th><th>When</th></tr>\n");
        for (DimensionResult d : a.dimensions()) {
            for (CriterionResult r : d.criteria()) {
                String status = r.status().name().toLowerCase(java.util.Locale.ROOT);
                h.append("<tr><td>").append(esc(d.dimension().label())).append("</td><td>")
                        .append(esc(r.criterion().stage())).append("</td><td>").append(esc(r.criterion().label()))
                        .append("</td><td class=\"").append(status).append("\">").append(esc(Texts.status(r.status())))
                        .append("</td><td>").append(esc(Texts.value(r))).append("</td><td>").append(esc(r.target()))
                        .append("</td><td>").append(esc(r.answer() != null && r.answer().note() != null
                                ? r.answer().note() : r.basis()))
                        .append("</td><td>").append(esc(Texts.who(r))).append("</td><td>").append(esc(Texts.when(r)))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n<h2>History</h2>\n");
        if (history.isEmpty()) {
            h.append("<p>No snapshots kept.</p>\n");
        } else {
            h.append("<table id=\"history\"><tr><th>As of</th><th>Overall</th></tr>\n");
            history.forEach(s -> h.append("<tr><td>").append(s.asOf()).append("</td><td>")
                    .append(esc(s.overall())).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        h.append("<p><small>").append(esc(model.source())).append("</small></p>\n</body></html>\n");
        return h.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
