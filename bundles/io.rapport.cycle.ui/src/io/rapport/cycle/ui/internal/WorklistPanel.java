package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.WorklistItem;
import io.rapport.cycle.ui.DashboardIds;
import io.rapport.ui.common.widgets.Card;

import org.eclipse.swt.widgets.Composite;

import java.util.List;
import java.util.function.Consumer;

/** The complaints still waiting: negative interactions addressed to us without a response, oldest first. */
final class WorklistPanel {
    private final Card card;
    private final WorklistTable table;
    private DashboardData data;

    /** @param export exports the worklist of what is shown (null before the first computation) */
    WorklistPanel(Composite parent, Consumer<DashboardData> export, Consumer<WorklistItem> open) {
        card = new Card(parent, "Unanswered negative interactions",
                "Negative interactions addressed to us that nobody answered, oldest first; double-click one to open "
                        + "its conversation");
        card.nameNote(DashboardIds.WORKLIST_NOTE);
        table = new WorklistTable(card.body(), open);
        card.export("CSV\u2026", "Export the whole worklist as CSV", DashboardIds.WORKLIST_EXPORT_CSV,
                () -> export.accept(data));
    }

    Card card() {
        return card;
    }

    void show(DashboardData shown) {
        data = shown;
        table.show(shown.worklist());
        long total = shown.worklistTotal();
        String note = Formats.count(total) + (total == 1 ? " interaction" : " interactions") + ", oldest first";
        if (shown.worklist().size() < total) {
            note += "; showing the oldest " + Formats.count(shown.worklist().size());
        }
        card.note(note + " \u2014 double-click to open the conversation");
    }

    void clear() {
        data = null;
        table.show(List.of());
        card.note("");
    }
}
