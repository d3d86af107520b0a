package io.rapport.journey.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.journey.core.IndicatorValue;
import io.rapport.journey.core.JourneyIndicator;
import io.rapport.journey.core.JourneyIndicatorProperties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** How recent the project's engagement survey is: days from its last import to the day assessed. */
@Component(service = JourneyIndicator.class)
@JourneyIndicatorProperties(id = "survey-age", label = "Days since the last engagement survey", unit = "days",
        version = "1")
public final class SurveyAgeIndicator implements JourneyIndicator {

    @Override
    public IndicatorValue measure(ProjectStore store, LocalDate asOf, IProgressMonitor monitor)
            throws ProjectException {
        Object[] last = new Object[1];
        store.query("SELECT max(imported_at) FROM survey_imports WHERE added + replaced > 0 AND imported_at < ?",
                List.of(Timestamp.valueOf(asOf.plusDays(1).atStartOfDay())), r -> last[0] = r.get(0));
        if (last[0] == null) {
            return IndicatorValue.none("no survey responses imported by " + asOf);
        }
        LocalDateTime at = last[0] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) last[0];
        long days = ChronoUnit.DAYS.between(at.toLocalDate(), asOf);
        return new IndicatorValue((double) days, "survey responses last imported on " + at.toLocalDate());
    }

    @Override
    public String definition() {
        return "Days from the last import of survey responses into the project (the engagement hierarchy's survey)"
                + " to the day assessed.";
    }
}
