package io.rapport.journey.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.journey.core.IndicatorValue;
import io.rapport.journey.core.JourneyIndicator;
import io.rapport.journey.core.JourneyIndicatorProperties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.LocalDate;
import java.util.List;

/** "Engagement is everyone's job": departments whose staff answered customers in the window. */
@Component(service = JourneyIndicator.class)
@JourneyIndicatorProperties(id = "responding-departments", label = "Departments answering customers",
        unit = "departments", version = "1")
public final class RespondingDepartmentsIndicator implements JourneyIndicator {
    @Reference
    private EngagementCycle cycle;

    @Override
    public IndicatorValue measure(ProjectStore store, LocalDate asOf, IProgressMonitor monitor)
            throws ProjectException {
        Window window = Window.before(asOf);
        RespondersReport r = cycle.responders(store, window.filter(), EngagementCycle.DEFAULT_CORE_TEAMS, monitor);
        List<String> departments = r.byDepartment().stream()
                .filter(d -> d.answers() > 0 && !Grouping.BRAND_ACCOUNT.equals(d.department()))
                .map(RespondersReport.DepartmentAnswers::department).sorted().toList();
        return new IndicatorValue((double) departments.size(), departments.isEmpty()
                ? "no staff answered customers, " + window
                : String.join(", ", departments) + " (" + window + ")");
    }

    @Override
    public String definition() {
        return "Departments whose staff (the project's settings) replied to an inbound interaction created in the 90"
                + " days up to the day assessed; replies from brand accounts are not a department's.";
    }
}
