package io.rapport.extensions;

import java.util.List;

/**
 * An install or update refused because some of its artifacts are unsigned or signed by a key that is not
 * trusted. Nothing was changed.
 */
public class TrustRefusedException extends ExtensionException {
    private static final long serialVersionUID = 1L;

    private final List<String> unsigned;
    private final List<String> untrustedKeys;

    /**
     * @param unsigned      the artifacts without a signature
     * @param untrustedKeys the untrusted signers, as fingerprint and user id
     */
    public TrustRefusedException(String message, List<String> unsigned, List<String> untrustedKeys) {
        super(message);
        this.unsigned = List.copyOf(unsigned);
        this.untrustedKeys = List.copyOf(untrustedKeys);
    }

    public List<String> unsigned() {
        return unsigned;
    }

    public List<String> untrustedKeys() {
        return untrustedKeys;
    }
}
