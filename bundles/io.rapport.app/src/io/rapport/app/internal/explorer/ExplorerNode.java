package io.rapport.app.internal.explorer;

import io.rapport.app.ProjectOverview;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectSummary;
import io.rapport.core.store.ProjectSummary.ChannelKindCount;

import java.util.List;

/**
 * The elements of the Project Explorer tree. Each has a {@link #key()} that stays the same across refreshes,
 * so that the tree keeps its expansion and selection when the project changes.
 */
sealed interface ExplorerNode {

    String key();

    /** The tree's input: the open project, or none. */
    record Root(ProjectOverview overview) {
    }

    record NoProject() implements ExplorerNode {
        @Override
        public String key() {
            return "none";
        }
    }

    record Project(ProjectOverview overview) implements ExplorerNode {
        @Override
        public String key() {
            return "project";
        }
    }

    record Datasets(List<Dataset> datasets) implements ExplorerNode {
        @Override
        public String key() {
            return "datasets";
        }
    }

    record DatasetItem(Dataset dataset) implements ExplorerNode {
        @Override
        public String key() {
            return "dataset/" + dataset.id();
        }
    }

    record Settings(ProjectSettings settings) implements ExplorerNode {
        @Override
        public String key() {
            return "settings";
        }
    }

    /** One list of the settings: our accounts, staff or spaces. */
    record SettingsGroup(SettingsKind kind, List<String> entries) implements ExplorerNode {
        @Override
        public String key() {
            return "settings/" + kind;
        }
    }

    record SettingsEntry(SettingsKind kind, String text) implements ExplorerNode {
        @Override
        public String key() {
            return "settings/" + kind + "/" + text;
        }
    }

    record Totals(ProjectSummary summary) implements ExplorerNode {
        @Override
        public String key() {
            return "totals";
        }
    }

    /** Interactions of one channel, by kind. */
    record ChannelTotal(String channel, List<ChannelKindCount> kinds) implements ExplorerNode {
        @Override
        public String key() {
            return "totals/" + channel;
        }

        long count() {
            return kinds.stream().mapToLong(ChannelKindCount::count).sum();
        }
    }

    enum SettingsKind {
        ACCOUNTS("Our accounts"), STAFF("Staff"), SPACES("Spaces");

        final String label;

        SettingsKind(String label) {
            this.label = label;
        }
    }
}
