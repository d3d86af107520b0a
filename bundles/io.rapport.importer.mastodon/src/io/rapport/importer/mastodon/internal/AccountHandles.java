package io.rapport.importer.mastodon.internal;

import java.net.URI;
import java.util.Locale;

/**
 * Mastodon handles in one form everywhere: {@code user@host}, lower-case, without a leading '@', so that the
 * same account matches across the archive (which names actors by URI), the API (whose {@code acct} omits the
 * host for accounts local to the server asked) and the project's list of our accounts.
 * <p>
 * A local {@code acct} ({@code user}) is qualified with the host of the account's URL when one is known; only
 * when no URL is known does it stay {@code user}. Limit: an instance that serves its web pages on another host
 * than its handles' domain (WebFinger {@code WEB_DOMAIN}) yields the web host.
 */
final class AccountHandles {
    private AccountHandles() {
    }

    /** From an API {@code acct} (or a mention name such as {@code @user@host}) and the account's URL or URI. */
    static String fromAcct(String acct, String accountUrl) {
        if (acct == null || acct.isBlank()) {
            return null;
        }
        String h = acct.strip();
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        if (h.indexOf('@') < 0) {
            String host = host(accountUrl);
            if (host != null) {
                h = h + "@" + host;
            }
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /**
     * From an ActivityPub actor URI: Mastodon's {@code https://host/users/name} and the profile form
     * {@code https://host/@name} give {@code name@host}; any other URI is kept whole (lower-cased), since no
     * handle can be read from it without fetching the actor.
     */
    static String fromActorUri(String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        String host = host(uri);
        if (host != null) {
            String path = URI.create(uri.strip()).getRawPath();
            if (path != null) {
                String[] parts = path.split("/");
                if (parts.length == 3 && parts[1].equals("users") && !parts[2].isEmpty()) {
                    return (parts[2] + "@" + host).toLowerCase(Locale.ROOT);
                }
                if (parts.length == 2 && parts[1].startsWith("@") && parts[1].length() > 1) {
                    return fromAcct(parts[1], uri);
                }
            }
        }
        return uri.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Mastodon's actor URI for a profile URL: {@code https://host/@user} → {@code https://host/users/user}; null
     * for any other shape (another server software, a remote account's profile).
     */
    static String actorUriOfProfile(String profileUrl) {
        String host = host(profileUrl);
        if (host == null) {
            return null;
        }
        String path = URI.create(profileUrl.strip()).getRawPath();
        if (path == null || !path.startsWith("/@") || path.length() < 3 || path.indexOf('/', 1) >= 0
                || path.indexOf('@', 2) >= 0) {
            return null;
        }
        return profileUrl.strip().substring(0, profileUrl.strip().indexOf("/@")) + "/users/" + path.substring(2);
    }

    /** The lower-case host of an http(s) URL, or null. */
    static String host(String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
