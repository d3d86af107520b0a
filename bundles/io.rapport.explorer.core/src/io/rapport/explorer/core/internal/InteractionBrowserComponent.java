package io.rapport.explorer.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.explorer.core.InteractionBrowser;
import io.rapport.explorer.core.ProjectInteractions;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The explorer's queries over the engagement cycle's facts, so that both agree on every definition. */
@Component(service = InteractionBrowser.class)
public final class InteractionBrowserComponent implements InteractionBrowser {

    @Reference
    private EngagementCycle cycle;

    @Override
    public ProjectInteractions interactions(ProjectStore store, IProgressMonitor monitor) throws ProjectException {
        return new FactsInteractions(store, cycle.facts(store, monitor));
    }
}
