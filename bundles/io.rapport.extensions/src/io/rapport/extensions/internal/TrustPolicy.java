package io.rapport.extensions.internal;

import io.rapport.extensions.TrustOptions;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.util.encoders.Hex;
import org.eclipse.equinox.p2.core.UIServices;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers p2's trust question without asking anyone, by the administrator's and the caller's rules: artifacts
 * signed by a key p2 already trusts (Rapport's own, contributed by this bundle) never reach here; signers whose
 * fingerprint is listed are accepted; unsigned artifacts only when allowed; X.509 signers p2's trust engine does
 * not trust, never. Remembers what it refused, so the caller can say exactly what and how to allow it.
 *
 * <p>Registered in the agent for one operation: without a {@code UIServices} p2 would accept everything.
 */
final class TrustPolicy extends UIServices {
    private final TrustOptions options;
    private final Set<String> refusedUnsigned = new LinkedHashSet<>();
    private final Set<String> refusedSigners = new LinkedHashSet<>();

    TrustPolicy(TrustOptions options) {
        this.options = options;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null; // no prompt: a site that needs a password is reported as unreadable
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        return getTrustInfo(untrustedChains, List.of(), unsignedDetail);
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedKeys,
            String[] unsignedDetail) {
        if (unsignedDetail != null && !options.allowUnsigned()) {
            refusedUnsigned.addAll(Arrays.asList(unsignedDetail));
        }
        List<PGPPublicKey> trusted = new ArrayList<>();
        for (PGPPublicKey key : untrustedKeys == null ? List.<PGPPublicKey>of() : untrustedKeys) {
            if (options.trustedKeys().contains(fingerprint(key))) {
                trusted.add(key);
            } else {
                refusedSigners.add("PGP key " + fingerprint(key) + userIds(key));
            }
        }
        if (untrustedChains != null) {
            for (Certificate[] chain : untrustedChains) {
                refusedSigners.add("certificate " + (chain[0] instanceof X509Certificate x
                        ? x.getSubjectX500Principal().getName()
                        : chain[0].getType()));
            }
        }
        return new TrustInfo(List.of(), trusted, false, options.allowUnsigned());
    }

    /** The unsigned artifacts refused (file names), in the order p2 reported them. */
    List<String> refusedUnsigned() {
        return List.copyOf(refusedUnsigned);
    }

    /** The signers refused, as {@code PGP key FINGERPRINT (user id)} or {@code certificate SUBJECT}. */
    List<String> refusedSigners() {
        return List.copyOf(refusedSigners);
    }

    boolean refusedAnything() {
        return !refusedUnsigned.isEmpty() || !refusedSigners.isEmpty();
    }

    static String fingerprint(PGPPublicKey key) {
        return Hex.toHexString(key.getFingerprint()).toUpperCase(Locale.ROOT);
    }

    private static String userIds(PGPPublicKey key) {
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = key.getUserIDs(); it.hasNext();) {
            ids.add(it.next());
        }
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }
}
