package io.rapport.journey.core.internal;

import io.rapport.journey.core.MaturityModel;
import io.rapport.journey.core.MaturityModelProperties;

import org.osgi.service.component.annotations.Component;

/** Altimeter's six stages of social business, as a second model to load instead. */
@Component(service = MaturityModel.class)
@MaturityModelProperties(id = "altimeter-six-stages", label = "Altimeter's six stages of social business",
        version = "1")
public final class AltimeterSixStagesModel extends ShippedModel {
    public AltimeterSixStagesModel() {
        super("altimeter-six-stages.json");
    }
}
