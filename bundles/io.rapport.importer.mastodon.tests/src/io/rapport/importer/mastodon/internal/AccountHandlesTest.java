package io.rapport.importer.mastodon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AccountHandlesTest {

    @Test
    void apiAcctIsQualifiedWithTheServerWhenLocal() {
        assertEquals("carol@mastodon.example", AccountHandles.fromAcct("Carol@Mastodon.example", "https://mastodon.example/@Carol"));
        assertEquals("acme@social.example", AccountHandles.fromAcct("acme", "https://social.example/@acme"));
        assertEquals("acme", AccountHandles.fromAcct("acme", null), "no URL: the handle stays unqualified");
        assertEquals("dana@social.example", AccountHandles.fromAcct("@dana", "https://social.example/users/dana"));
        assertNull(AccountHandles.fromAcct(" ", null));
    }

    @Test
    void actorUrisGiveHandlesWhenTheyFollowMastodonsScheme() {
        assertEquals("john@mastodon", AccountHandles.fromActorUri("https://mastodon/users/john"));
        assertEquals("kim@example.org", AccountHandles.fromActorUri("https://example.org/@kim"));
        assertEquals("https://example.com/users/1/x", AccountHandles.fromActorUri("https://example.com/users/1/x"));
        assertEquals("https://example.com/actor", AccountHandles.fromActorUri("https://example.com/actor"));
    }

    @Test
    void profileUrlsOfLocalAccountsGiveTheirActorUri() {
        assertEquals("https://social.example/users/acme", AccountHandles.actorUriOfProfile("https://social.example/@acme"));
        assertNull(AccountHandles.actorUriOfProfile("https://social.example/@carol@mastodon.example"));
        assertNull(AccountHandles.actorUriOfProfile("https://social.example/users/acme"));
        assertNull(AccountHandles.actorUriOfProfile(null));
    }
}
