package io.rapport.extensions;

/**
 * An extension: a feature that can be installed into Rapport from an update site, or that is installed.
 *
 * @param id          the feature id, as given to {@code rapport extensions install} (without p2's {@code .feature.group})
 * @param version     its version
 * @param name        its human-readable name
 * @param provider    who made it
 * @param description what it adds (may be empty)
 */
public record Extension(String id, String version, String name, String provider, String description) {
}
