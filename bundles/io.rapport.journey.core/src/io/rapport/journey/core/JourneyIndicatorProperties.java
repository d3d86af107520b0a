package io.rapport.journey.core;

import org.osgi.service.component.annotations.ComponentPropertyType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The typed component properties of a {@link JourneyIndicator}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JourneyIndicatorProperties {
    /** Makes the element names map to {@code rapport.indicator.id}, ... */
    String PREFIX_ = "rapport.indicator.";

    /** What a criterion's {@code "indicator"} names. */
    String id();

    String label();

    /** What the value counts: {@code share}, {@code minutes}, {@code channels}, {@code days}... */
    String unit();

    String version();
}
