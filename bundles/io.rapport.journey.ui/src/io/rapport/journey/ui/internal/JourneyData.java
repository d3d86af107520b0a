package io.rapport.journey.ui.internal;

import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneySnapshot;

import java.util.List;

/** What one computation of the view delivers: the assessment and the model's kept snapshots. */
record JourneyData(JourneyModel model, JourneyAssessment assessment, List<JourneySnapshot> snapshots, long millis) {
    JourneyData {
        snapshots = List.copyOf(snapshots);
    }
}
