package io.rapport.journey.core.internal;

import io.rapport.journey.core.MaturityModel;
import io.rapport.journey.core.MaturityModelProperties;

import org.osgi.service.component.annotations.Component;

/** The Social Engagement Journey (DESIGN.md §1.3): five stages along five dimensions. */
@Component(service = MaturityModel.class)
@MaturityModelProperties(id = "social-engagement-journey", label = "Social Engagement Journey", version = "1")
public final class SocialEngagementJourneyModel extends ShippedModel {
    public SocialEngagementJourneyModel() {
        super("social-engagement-journey.json");
    }
}
