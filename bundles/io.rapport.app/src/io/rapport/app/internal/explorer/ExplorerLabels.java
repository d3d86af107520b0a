package io.rapport.app.internal.explorer;

import io.rapport.app.internal.explorer.ExplorerNode.ChannelTotal;
import io.rapport.app.internal.explorer.ExplorerNode.DatasetItem;
import io.rapport.app.internal.explorer.ExplorerNode.Datasets;
import io.rapport.app.internal.explorer.ExplorerNode.NoProject;
import io.rapport.app.internal.explorer.ExplorerNode.Project;
import io.rapport.app.internal.explorer.ExplorerNode.Settings;
import io.rapport.app.internal.explorer.ExplorerNode.SettingsEntry;
import io.rapport.app.internal.explorer.ExplorerNode.SettingsGroup;
import io.rapport.app.internal.explorer.ExplorerNode.Totals;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectSummary;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * Names in the tree with their details in the qualifier colour, e.g.
 * {@code x-2025.jsonl  rapport-jsonl · 1,204 imported · 3 duplicates · 0 rejected · 2026-11-26 09:12}.
 */
final class ExplorerLabels extends StyledCellLabelProvider {
    private static final String DOT = "  \u00b7  ";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Override
    public void update(ViewerCell cell) {
        StyledString text = text(cell.getElement());
        cell.setText(text.getString());
        cell.setStyleRanges(text.getStyleRanges());
        super.update(cell);
    }

    static StyledString text(Object element) {
        return switch (element) {
            case NoProject n -> new StyledString("No project open. Use File \u25b8 Open Project\u2026 or New Project\u2026",
                    StyledString.QUALIFIER_STYLER);
            case Project p -> new StyledString(p.overview().name()).append("  " + p.overview().directory(),
                    StyledString.QUALIFIER_STYLER);
            case Datasets d -> new StyledString("Datasets").append(" (" + d.datasets().size() + ")",
                    StyledString.COUNTER_STYLER);
            case DatasetItem d -> new StyledString(fileName(d.dataset())).append("  " + details(d.dataset()),
                    StyledString.DECORATIONS_STYLER);
            case Settings s -> new StyledString("Settings").append("  " + plural(s.settings().ourAccounts().size(),
                    "account") + DOT + s.settings().staff().size() + " staff" + DOT
                    + plural(s.settings().spaces().size(), "space") + DOT + "double-click to edit",
                    StyledString.QUALIFIER_STYLER);
            case SettingsGroup g -> new StyledString(g.kind().label).append(" (" + g.entries().size() + ")",
                    StyledString.COUNTER_STYLER);
            case SettingsEntry e -> new StyledString(e.text());
            case Totals t -> new StyledString("Totals").append("  " + totals(t.summary()),
                    StyledString.DECORATIONS_STYLER);
            case ChannelTotal c -> new StyledString(c.channel()).append("  " + count(c.count()) + " ("
                    + c.kinds().stream().map(k -> k.kind() + " " + count(k.count())).collect(Collectors.joining(", "))
                    + ")", StyledString.DECORATIONS_STYLER);
            default -> new StyledString(String.valueOf(element));
        };
    }

    static String fileName(Dataset d) {
        return ImportInput.shortName(d.file());
    }

    /** Format, counts and import date of a dataset, as shown beside its file name (the time is in the tooltip). */
    static String details(Dataset d) {
        return d.format() + DOT + count(d.imported()) + " imported" + DOT + count(d.duplicates()) + " duplicates"
                + DOT + count(d.rejected()) + " rejected" + DOT + date(d.importedAt());
    }

    static String totals(ProjectSummary s) {
        String text = count(s.interactions()) + " interactions";
        if (s.firstInteraction() != null) {
            text += DOT + date(s.firstInteraction()) + " \u2013 " + date(s.lastInteraction());
        }
        return text;
    }

    static String plural(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String count(long n) {
        return String.format("%,d", n);
    }

    private static String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    private static String date(Instant t) {
        return t == null ? "" : DATE.format(t.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getToolTipText(Object element) {
        return switch (element) {
            case DatasetItem d -> d.dataset().file() + "\nformat " + d.dataset().format() + ", dataset #"
                    + d.dataset().id() + "\n" + count(d.dataset().imported()) + " imported, "
                    + count(d.dataset().duplicates()) + " duplicates (already in the project), "
                    + count(d.dataset().rejected()) + " rejected\nimported " + dateTime(d.dataset().importedAt());
            case Project p -> p.overview().directory().toString();
            case Settings s -> "Double-click to edit accounts, staff and spaces";
            case Totals t -> "Date range of the interactions (UTC timestamps shown in local time)";
            default -> null;
        };
    }
}
