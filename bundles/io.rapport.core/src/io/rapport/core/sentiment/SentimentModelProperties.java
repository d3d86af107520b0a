package io.rapport.core.sentiment;

import org.osgi.service.component.annotations.ComponentPropertyType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The typed component properties of a {@link SentimentModel}:
 *
 * <pre>
 * &#64;Component(service = SentimentModel.class)
 * &#64;SentimentModelProperties(id = "vader", label = "VADER", version = "3.3.2")
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SentimentModelProperties {
    /** Makes the element names map to {@code rapport.sentiment.id}, {@code rapport.sentiment.label}, ... */
    String PREFIX_ = "rapport.sentiment.";

    String id();

    String label();

    /** Part of the stored scores' key: change it whenever the model's scores change. */
    String version();
}
