package io.rapport.sample.internal;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the sample survey as a CSV file (UTF-8, header row, blank cells for unanswered items, one column per
 * item of the demo instrument, named by its id) with a README that says what it is. The project imports it.
 */
final class SurveyFiles {
    static final String DIRECTORY = "samples";
    static final String CSV = "survey-responses.csv";
    static final String README = "README.txt";
    static final List<String> FIXED_COLUMNS = List.of("respondent_id", "handle", "region", "product", "channel",
            "date");

    private final Instrument instrument;

    SurveyFiles(Instrument instrument) {
        this.instrument = instrument;
    }

    /** Writes both files into {@code <project>/samples}; returns the CSV file. */
    Path write(Path project, List<SurveyResponse> responses) throws IOException {
        Path dir = Files.createDirectories(project.resolve(DIRECTORY));
        Path csv = dir.resolve(CSV);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder(String.join(",", FIXED_COLUMNS));
            instrument.items().forEach(i -> header.append(',').append(i.id()));
            w.write(header.toString());
            w.write('\n');
            for (SurveyResponse r : responses) {
                StringBuilder line = new StringBuilder(64);
                line.append(cell(r.respondentId())).append(',').append(cell(r.handle())).append(',')
                        .append(cell(r.region())).append(',').append(cell(r.product())).append(',')
                        .append(cell(r.channel())).append(',').append(r.date());
                for (Integer a : r.answers()) {
                    line.append(',');
                    if (a != null) {
                        line.append(a);
                    }
                }
                w.write(line.toString());
                w.write('\n');
            }
        }
        Files.writeString(dir.resolve(README), readme(responses.size()), StandardCharsets.UTF_8);
        return csv;
    }

    /** RFC 4180 quoting, should a value ever hold a comma or a quote. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private String readme(int rows) {
        StringBuilder b = new StringBuilder();
        b.append("Rapport sample project: survey responses\n");
        b.append("========================================\n\n");
        b.append(CSV).append(" holds ").append(rows).append(" invented answers to Rapport's openly worded demo\n");
        b.append("engagement instrument, from a survey of ").append(SampleCompany.NAME)
                .append(" customers fielded from\n").append(SurveySample.FIELDED_FROM).append(" to ")
                .append(SurveySample.FIELDED_TO).append(". ").append(SampleCompany.NAME)
                .append(" and everyone in this file are fictional.\n\n");
        b.append("Columns\n-------\n");
        b.append("respondent_id  R0001, R0002, ... in the order people answered\n");
        b.append("handle         the handle the respondent gave for one channel, or empty\n");
        b.append("region         where the respondent lives\n");
        b.append("product        what the respondent buys\n");
        b.append("channel        the channel of that handle (a Rapport channel id), or empty\n");
        b.append("date           the day the respondent answered (YYYY-MM-DD)\n");
        b.append(instrument.items().get(0).id()).append(" ... ").append(instrument.items().get(instrument.items().size() - 1)
                .id()).append("     one column per item below: ").append(instrument.scaleMin())
                .append(" = strongly disagree ... ").append(instrument.scaleMax()).append(" = strongly agree,\n");
        b.append("               empty = not answered. Only ").append(instrument.topBox())
                .append(" counts as strong agreement (top box).\n\n");
        b.append("About half of the respondents gave a channel and handle that match a customer in the\n");
        b.append("project's interactions, so answers can be linked to what people do online.\n\n");
        b.append("Items (levels in hierarchy order: rational loyalty, then confidence, integrity, pride, passion)\n");
        b.append("-----\n");
        for (Item i : instrument.items()) {
            b.append(String.format(Locale.ROOT, "%-4s %-11s %s\n", i.id(), i.level(), i.text()));
        }
        b.append("\nThe wording is Rapport's own demo instrument (").append(instrument.name())
                .append("); it is not Gallup's\nlicensed CE11. The project holds these answers already: 'rapport score' scores them.\n");
        return b.toString();
    }
}
