package io.rapport.gap.core;

import org.osgi.service.component.annotations.ComponentPropertyType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The typed component properties of a {@link GapIndicator}:
 *
 * <pre>
 * &#64;Component(service = GapIndicator.class)
 * &#64;GapIndicatorProperties(id = "two-way-communication", label = "Two-way communication", version = "1")
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GapIndicatorProperties {
    /** Makes the element names map to {@code rapport.gap.indicator.id}, {@code ...label}, {@code ...version}. */
    String PREFIX_ = "rapport.gap.indicator.";

    /** What an expectation binds: lower-case letters, digits and '-'. */
    String id();

    String label();

    /** Change it whenever the indicator's numbers change for the same data. */
    String version();
}
