package io.rapport.extensions;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an install or update may accept beyond artifacts signed by a trusted key (the key of Rapport's own update
 * site, and the keys an administrator trusts in the preferences). Added to the administrator's preferences
 * ({@code io.rapport.extensions/allowUnsigned}, {@code io.rapport.extensions/trustedKeys}), never replacing them.
 *
 * @param allowUnsigned accept artifacts that carry no signature at all
 * @param trustedKeys   PGP key fingerprints (hex, spaces ignored) whose signatures are accepted for this operation
 */
public record TrustOptions(boolean allowUnsigned, Set<String> trustedKeys) {
    public static final TrustOptions DEFAULT = new TrustOptions(false, Set.of());

    public TrustOptions {
        trustedKeys = trustedKeys.stream().map(TrustOptions::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** A fingerprint as upper-case hex without spaces, the form the trust check compares. */
    public static String normalize(String fingerprint) {
        return fingerprint.replace(" ", "").replace(":", "").toUpperCase(Locale.ROOT);
    }
}
