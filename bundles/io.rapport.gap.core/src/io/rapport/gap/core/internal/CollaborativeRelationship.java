package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;

import org.osgi.service.component.annotations.Component;

/**
 * Do we take up what customers suggest? Ideas addressed to us and answered (the metric definitions' response);
 * ideas customers share elsewhere are not ours to acknowledge.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "collaborative-relationship", label = "Collaborative relationship (ideas acknowledged)",
        version = "1")
public final class CollaborativeRelationship implements GapIndicator {

    @Override
    public String formula() {
        return "100 × ideas answered by us / customer ideas addressed to us; an idea is an inbound text such as 'it "
                + "would be great if', 'please add', 'feature request', 'suggestion'";
    }

    @Override
    public String basis() {
        return "f.addressed AND f.idea";
    }

    @Override
    public String counted() {
        return "f.responded";
    }
}
