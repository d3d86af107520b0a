package io.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ActorRole;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.project.ProjectSettingsFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ProjectSettingsTest {
    private final ProjectSettings acme = new ProjectSettings("Acme",
            List.of(AccountRef.parse("x:@AcmeHelp"), AccountRef.parse("reddit:acme_official")),
            List.of(StaffMember.parse("x:jdoe:support"), StaffMember.parse("mastodon:kim:engineering")),
            List.of(OwnedSpace.parse("reddit:r/acme"), OwnedSpace.parse("discourse:https://forum.acme.example")));

    @Test
    void handlesAreMatchedWithoutAtSignAndCase() {
        assertEquals(ActorRole.OUR_ACCOUNT, acme.roleOf("x", "@ACMEHELP"));
        assertEquals(ActorRole.STAFF, acme.roleOf("x", "JDoe"));
        assertEquals(ActorRole.CUSTOMER, acme.roleOf("mastodon", "jdoe"), "staff on one channel only");
        assertEquals("support", acme.staffMember("x", "@jdoe").orElseThrow().department());
    }

    @Test
    void specsNameTheirExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaffMember.parse("x:jdoe"));
        assertTrue(e.getMessage().contains("CHANNEL:HANDLE:DEPARTMENT"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AccountRef.parse("Twitter!:acme"));
        assertTrue(e.getMessage().contains("not a channel id"), e.getMessage());
        assertEquals("https://forum.acme.example", OwnedSpace.parse("discourse:https://forum.acme.example").name());
    }

    @Test
    void settingsFileRoundTripsAndStaysReadable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rapport-project.json");
        ProjectSettingsFile io = new ProjectSettingsFile();
        io.write(file, acme);
        assertEquals(acme, io.read(file));
        String text = Files.readString(file);
        assertTrue(text.contains("\"department\" : \"engineering\""), text);
        assertTrue(text.lines().count() > 10, "pretty-printed for people to read");
    }

    @Test
    void newerOrBrokenSettingsFilesAreRefusedWithTheFileName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rapport-project.json");
        Files.writeString(file, "{\"format\": 99, \"name\": \"x\"}", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> new ProjectSettingsFile().read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("newer"), e.getMessage());
        Files.writeString(file, "{\"name\": \"x\", \"staff\": [{\"channel\": \"x\", \"handle\": \"a\"", StandardCharsets.UTF_8);
        e = assertThrows(IOException.class, () -> new ProjectSettingsFile().read(file));
        assertTrue(e.getMessage().contains("not a valid settings file"), e.getMessage());
    }
}
