package io.rapport.cli.internal;

import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.SentimentScoring;
import io.rapport.extensions.ExtensionManager;
import io.rapport.gap.core.EngagementGap;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.journey.core.JourneyMap;
import io.rapport.sample.SampleProjects;

/**
 * The OSGi services the commands use. Each is looked up when a command first needs it, so a command never
 * waits for a service it does not use.
 */
final class CliServices {
    /** Finds a service, waiting a while for DS to activate it. */
    @FunctionalInterface
    interface Lookup {
        <T> T get(Class<T> type);
    }

    private final Lookup lookup;

    CliServices(Lookup lookup) {
        this.lookup = lookup;
    }

    ProjectStoreProvider projects() {
        return lookup.get(ProjectStoreProvider.class);
    }

    ImporterRegistry importers() {
        return lookup.get(ImporterRegistry.class);
    }

    ImportService imports() {
        return lookup.get(ImportService.class);
    }

    EngagementCycle cycle() {
        return lookup.get(EngagementCycle.class);
    }

    SentimentScoring scoring() {
        return lookup.get(SentimentScoring.class);
    }

    SurveyImporter surveys() {
        return lookup.get(SurveyImporter.class);
    }

    EngagementHierarchy hierarchy() {
        return lookup.get(EngagementHierarchy.class);
    }

    EngagementGap gap() {
        return lookup.get(EngagementGap.class);
    }

    JourneyMap journey() {
        return lookup.get(JourneyMap.class);
    }

    ExtensionManager extensions() {
        return lookup.get(ExtensionManager.class);
    }

    SampleProjects samples() {
        return lookup.get(SampleProjects.class);
    }
}
