package io.rapport.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.AppIds;
import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectSummary.ChannelKindCount;
import io.rapport.explorer.core.Conversation;
import io.rapport.explorer.core.ConversationNode;
import io.rapport.explorer.core.SortColumn;
import io.rapport.sample.SampleProjects;
import io.rapport.ui.common.InteractionRef;
import io.rapport.ui.common.ViewRequests;
import io.rapport.ui.testsupport.Widgets;
import io.rapport.ui.testsupport.WorkbenchRun;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Starts the real workbench on a freshly written sample project and uses the Interactions view as a user and
 * another view would: opens it through Show View, checks that the table holds every interaction of the
 * project, filters on a channel, then closes it and posts {@link ViewRequests#OPEN_CONVERSATION} for a known
 * reply, which must bring the view back with that reply's thread, from its root, and the reply selected;
 * a header click sorts, and closing the project empties the view.
 */
class InteractionsViewUiTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    /** A customer's reply to our reply to a customer's post: the thread shows our response between them. */
    private record KnownReply(InteractionRef reply, String ourResponse, String root) {
    }

    @Test
    void tableFilterAndConversationRequest() throws Throwable {
        Path sample = temp.resolve("sample");
        long total;
        String channel;
        long channelCount;
        KnownReply known;
        try (ProjectStore store = Widgets.service(SampleProjects.class).create(sample, new NullProgressMonitor())) {
            total = store.summary().interactions();
            List<ChannelKindCount> counts = store.summary().counts();
            channel = counts.stream().map(ChannelKindCount::channel).filter("reddit"::equals).findFirst()
                    .orElse(counts.get(0).channel());
            channelCount = counts.stream().filter(c -> c.channel().equals(channel)).mapToLong(ChannelKindCount::count)
                    .sum();
            known = knownReply(store);
        }
        assertTrue(channelCount > 0 && channelCount < total, channel + ": " + channelCount + " of " + total);

        WorkbenchRun.run(sample, run -> {
            MApplication app = run.workbench().getApplication();
            MPartDescriptor descriptor = app.getDescriptors().stream()
                    .filter(d -> InteractionsPart.ID.equals(d.getElementId())).findFirst().orElse(null);
            assertNotNull(descriptor, "the model fragment contributes the Interactions descriptor");
            assertEquals("Interactions", descriptor.getLabel());
            assertEquals(AppIds.CATEGORY_RAPPORT, descriptor.getCategory());

            MWindow window = (MWindow) app.getContext().get(EModelService.class).find(AppIds.MAIN_WINDOW, app);
            ECommandService commands = window.getContext().get(ECommandService.class);
            EHandlerService handlers = window.getContext().get(EHandlerService.class);
            ParameterizedCommand showView = commands.createCommand(AppIds.COMMAND_SHOW_VIEW,
                    Map.of(AppIds.PARAMETER_PART_ID, InteractionsPart.ID));
            long shown = System.nanoTime();
            handlers.executeHandler(showView);
            EPartService parts = window.getContext().get(EPartService.class);
            MPart part = parts.findPart(InteractionsPart.ID);
            assertNotNull(part, "Show View opened the Interactions view");
            InteractionsPart view = (InteractionsPart) part.getObject();

            waitFor(run, () -> !view.loading() && view.rowCount() == total,
                    () -> "the table holds the project's " + total + " interactions; shows " + view.rowCount()
                            + ", status: " + view.status());
            waitFor(run, () -> view.rowAt(0) != null, () -> "the first page is read");
            took("first page after Show View (scores sentiment and builds the facts first)", shown);
            assertTrue(view.status().startsWith(String.format("%,d interactions  \u00b7  sentiment: vader@", total)),
                    view.status());

            Combo channels = view.filters().channelCombo();
            int index = Arrays.asList(channels.getItems()).indexOf(channel);
            assertTrue(index > 0, "the channel filter offers " + channel + ": " + List.of(channels.getItems()));
            long filtered = System.nanoTime();
            channels.select(index);
            channels.notifyListeners(SWT.Selection, new Event());
            waitFor(run, () -> !view.loading() && view.query().channels().equals(Set.of(channel)),
                    () -> "filtered on " + channel + ": " + view.status());
            assertEquals(channelCount, view.rowCount(), "rows of " + channel);
            waitFor(run, () -> view.rowAt(0) != null, () -> "the filtered first page is read");
            took("first page and count after a channel filter", filtered);
            assertEquals(channel, view.rowAt(0).channel());

            // a click on the Author header sorts the filtered rows by author, in the store
            NatTable table = view.table().control();
            int author = InteractionColumn.AUTHOR.ordinal() + 1; // after the row numbers
            long sorted = System.nanoTime();
            click(table, table.getStartXOfColumnPosition(author) + table.getColumnWidthByPosition(author) / 2,
                    table.getRowHeightByPosition(0) / 2);
            waitFor(run, () -> !view.loading() && view.query().sortBy() == SortColumn.AUTHOR
                    && view.rowAt(0) != null && view.rowAt(1) != null,
                    () -> "sorted by author: " + view.query() + ", status: " + view.status());
            took("first page after a click on the Author header", sorted);
            assertTrue(view.query().ascending());
            assertEquals(Set.of(channel), view.query().channels(), "the filter stays");
            assertEquals(channelCount, view.rowCount());
            assertTrue(view.rowAt(0).authorHandle().compareToIgnoreCase(view.rowAt(1).authorHandle()) <= 0,
                    view.rowAt(0).authorHandle() + " before " + view.rowAt(1).authorHandle());

            // another view asks for a conversation while the Interactions view is closed
            parts.hidePart(part, true);
            assertEquals(null, parts.findPart(InteractionsPart.ID), "the view is closed");
            app.getContext().get(IEventBroker.class).post(ViewRequests.OPEN_CONVERSATION, known.reply());
            waitFor(run, () -> conversationShown(parts, known.reply()),
                    () -> "the view came back with the conversation of " + known.reply());
            InteractionsPart reopened = (InteractionsPart) parts.findPart(InteractionsPart.ID).getObject();
            Conversation conversation = reopened.conversation().shown();
            assertEquals(known.root(), conversation.root().sourceId(), "the thread starts at its root");
            TreeItem rootItem = reopened.conversation().tree().getItem(0);
            assertEquals(conversation.root(), rootItem.getData(), "the tree's first item is the root");
            TreeItem[] selected = reopened.conversation().tree().getSelection();
            assertEquals(1, selected.length);
            assertEquals(known.reply().sourceId(), ((ConversationNode) selected[0].getData()).sourceId(),
                    "the reply is selected");
            TreeItem ours = find(rootItem, known.ourResponse());
            assertNotNull(ours, "our response is in the tree");
            assertTrue((ours.getFont(0).getFontData()[0].getStyle() & SWT.BOLD) != 0, "our response is bold");
            assertTrue(ours.getText(3).contains("later"), "our response shows its response time: " + ours.getText(3));

            waitFor(run, () -> reopened.table().selectedRow() >= 0
                    && reopened.rowAt(reopened.table().selectedRow()) != null,
                    () -> "the reply's row is selected in the table; selected: " + reopened.table().selectedRow()
                            + ", status: " + reopened.status());
            assertEquals(known.reply().sourceId(), reopened.rowAt(reopened.table().selectedRow()).sourceId());
            screenshot(run, (Shell) window.getWidget(), Path.of("target", "interactions-view.png"));

            // the project closes: the view empties
            ProjectSession session = app.getContext().get(ProjectSession.class);
            Job close = Job.create("Closing the project", monitor -> {
                session.close();
            });
            close.setRule(session.rule());
            close.schedule();
            waitFor(run, () -> reopened.rowCount() == 0 && reopened.conversation().shown() == null,
                    () -> "the view empties when the project closes: " + reopened.status());
            assertEquals("No project is open.", reopened.status());
        });
    }

    /** Reports how long the view took, for the build log (not a check: machines differ). */
    private static void took(String what, long since) {
        System.out.printf("explorer UI: %-75s %6.0f ms%n", what, (System.nanoTime() - since) / 1e6);
    }

    /** A left click as the mouse gives it. */
    private static void click(NatTable table, int x, int y) {
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event e = new Event();
            e.button = 1;
            e.x = x;
            e.y = y;
            e.count = 1;
            table.notifyListeners(type, e);
        }
    }

    /** What the view looked like, for a person reading the build's output (target/interactions-view.png). */
    private static void screenshot(WorkbenchRun run, Shell shell, Path file) {
        run.idle(Duration.ofSeconds(2));
        Image image = new Image(shell.getDisplay(), shell.getBounds().width, shell.getBounds().height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, shell.getBounds().x, shell.getBounds().y);
            ImageLoader saver = new ImageLoader();
            saver.data = new ImageData[] {image.getImageData()};
            saver.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static boolean conversationShown(EPartService parts, InteractionRef ref) {
        MPart part = parts.findPart(InteractionsPart.ID);
        if (part == null || !(part.getObject() instanceof InteractionsPart view)) {
            return false;
        }
        Conversation shown = view.conversation().shown();
        return shown != null && shown.channel().equals(ref.channel()) && shown.selected().equals(ref.sourceId());
    }

    private static KnownReply knownReply(ProjectStore store) throws Exception {
        List<KnownReply> found = new ArrayList<>();
        store.query("SELECT r.channel, r.source_id, p.source_id, t.source_id FROM interactions_v r"
                + " JOIN interactions_v p ON p.channel = r.channel AND p.source_id = r.in_reply_to"
                + " JOIN interactions_v t ON t.channel = r.channel AND t.source_id = p.in_reply_to"
                + " WHERE t.in_reply_to IS NULL AND t.direction = 'inbound' AND p.direction = 'outbound'"
                + " AND r.direction = 'inbound' AND p.created_at >= t.created_at"
                + " ORDER BY r.channel, r.source_id LIMIT 1", List.of(),
                row -> found.add(new KnownReply(new InteractionRef((String) row.get(0), (String) row.get(1)),
                        (String) row.get(2), (String) row.get(3))));
        assertEquals(1, found.size(), "the sample has a customer's reply to our response");
        return found.get(0);
    }

    private static TreeItem find(TreeItem item, String sourceId) {
        if (item.getData() instanceof ConversationNode n && n.sourceId().equals(sourceId)) {
            return item;
        }
        for (TreeItem child : item.getItems()) {
            TreeItem hit = find(child, sourceId);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static void waitFor(WorkbenchRun run, BooleanSupplier condition, java.util.function.Supplier<String> what) {
        assertTrue(run.waitUntil(TIMEOUT, condition), () -> "not within " + TIMEOUT + ": " + what.get());
    }
}
