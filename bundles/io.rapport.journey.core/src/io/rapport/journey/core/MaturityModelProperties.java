package io.rapport.journey.core;

import org.osgi.service.component.annotations.ComponentPropertyType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The typed component properties of a {@link MaturityModel}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MaturityModelProperties {
    /** Makes the element names map to {@code rapport.maturity.id}, {@code rapport.maturity.label}, ... */
    String PREFIX_ = "rapport.maturity.";

    /** What {@code rapport journey --model ID} names. */
    String id();

    String label();

    String version();
}
