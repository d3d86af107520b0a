package io.rapport.app.internal.explorer;

import io.rapport.app.ProjectOverview;
import io.rapport.app.internal.explorer.ExplorerNode.ChannelTotal;
import io.rapport.app.internal.explorer.ExplorerNode.DatasetItem;
import io.rapport.app.internal.explorer.ExplorerNode.Datasets;
import io.rapport.app.internal.explorer.ExplorerNode.NoProject;
import io.rapport.app.internal.explorer.ExplorerNode.Project;
import io.rapport.app.internal.explorer.ExplorerNode.Root;
import io.rapport.app.internal.explorer.ExplorerNode.Settings;
import io.rapport.app.internal.explorer.ExplorerNode.SettingsEntry;
import io.rapport.app.internal.explorer.ExplorerNode.SettingsGroup;
import io.rapport.app.internal.explorer.ExplorerNode.SettingsKind;
import io.rapport.app.internal.explorer.ExplorerNode.Totals;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectSummary.ChannelKindCount;

import org.eclipse.jface.viewers.ITreeContentProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Project ▸ Datasets / Settings / Totals, from the session's {@link ProjectOverview}. */
final class ExplorerContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Root root && root.overview() != null) {
            return new Object[] { new Project(root.overview()) };
        }
        return new Object[] { new NoProject() };
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case Project p -> new Object[] { new Datasets(p.overview().datasets()),
                    new Settings(p.overview().settings()), new Totals(p.overview().summary()) };
            case Datasets d -> d.datasets().stream().map(DatasetItem::new).toArray();
            case Settings s -> groups(s.settings());
            case SettingsGroup g -> g.entries().stream().map(e -> new SettingsEntry(g.kind(), e)).toArray();
            case Totals t -> byChannel(t.summary().counts());
            default -> new Object[0];
        };
    }

    private static Object[] groups(ProjectSettings s) {
        return new Object[] {
                new SettingsGroup(SettingsKind.ACCOUNTS,
                        s.ourAccounts().stream().map(a -> a.channel() + ": @" + a.handle()).toList()),
                new SettingsGroup(SettingsKind.STAFF, s.staff().stream()
                        .map(m -> m.channel() + ": @" + m.handle() + " (" + m.department() + ")").toList()),
                new SettingsGroup(SettingsKind.SPACES,
                        s.spaces().stream().map(sp -> sp.channel() + ": " + sp.name()).toList()) };
    }

    private static Object[] byChannel(List<ChannelKindCount> counts) {
        Map<String, List<ChannelKindCount>> channels = new LinkedHashMap<>();
        for (ChannelKindCount c : counts) {
            channels.computeIfAbsent(c.channel(), k -> new java.util.ArrayList<>()).add(c);
        }
        return channels.entrySet().stream().map(e -> new ChannelTotal(e.getKey(), e.getValue())).toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return switch (element) {
            case Project p -> true;
            case Datasets d -> !d.datasets().isEmpty();
            case Settings s -> true;
            case SettingsGroup g -> !g.entries().isEmpty();
            case Totals t -> !t.summary().counts().isEmpty();
            default -> false;
        };
    }
}
