package io.rapport.core.survey;

import org.osgi.service.component.annotations.ComponentPropertyType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The typed component properties of a {@link ScoringRule}:
 *
 * <pre>
 * &#64;Component(service = ScoringRule.class)
 * &#64;ScoringRuleProperties(id = "cumulative", label = "Cumulative top box (Rapport's open rule)", version = "1")
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ScoringRuleProperties {
    /** Makes the element names map to {@code rapport.scoring.id}, {@code rapport.scoring.label}, ... */
    String PREFIX_ = "rapport.scoring.";

    /** What {@code rapport score --rule ID} names: lower-case letters, digits and '-'. */
    String id();

    String label();

    /** Part of the key of stored results: change it whenever the rule's decisions change. */
    String version();
}
