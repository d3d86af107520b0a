package io.rapport.core.importer;

import org.osgi.service.component.annotations.ComponentPropertyType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The typed component properties of a {@link ChannelImporter}; annotate the component class with it:
 *
 * <pre>
 * &#64;Component(service = ChannelImporter.class)
 * &#64;ImporterProperties(id = "my-format", label = "My format", channel = "x", filePatterns = "*.my", version = "1")
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImporterProperties {
    /** Makes the element names map to {@code rapport.importer.id}, {@code rapport.importer.label}, ... */
    String PREFIX_ = "rapport.importer.";

    String id();

    String label();

    /** A channel id, or {@code *} when each record names its channel. */
    String channel();

    String[] filePatterns();

    String version();

    /**
     * The containers the importer reads itself: {@link ChannelImporter#ZIP}, {@link ChannelImporter#GZ},
     * {@link ChannelImporter#ZST}; none by default (the import service opens them).
     */
    String[] containers() default {};

    /**
     * The import options ({@link ImportRequest#options()}) the importer cannot read a file without, e.g.
     * {@link ImportRequest#MAPPING}; none by default. Without them, the files of a folder or archive it would read
     * are left out (and listed as skipped); a file given by itself is still handed to it, to say what is missing.
     */
    String[] requiredOptions() default {};
}
