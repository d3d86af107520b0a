package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;

import org.osgi.service.component.annotations.Component;

/**
 * Do we answer people as people? Our replies to inbound interactions that are neither copies of a template nor
 * anonymous.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "personalisation", label = "Personalisation (personal, non-template replies)",
        version = "1")
public final class Personalisation implements GapIndicator {

    @Override
    public String formula() {
        return "100 × our replies that are not templates and name the person / our replies to customers; a template "
                + "is a normalised text shared by 3+ of our replies; naming = the customer's first name or handle "
                + "appears in the reply";
    }

    @Override
    public String basis() {
        return "f.our_reply";
    }

    @Override
    public String counted() {
        return "NOT f.templated AND f.addresses_person";
    }
}
