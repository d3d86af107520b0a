package io.rapport.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and writes {@code rapport-project.json}: pretty-printed, stable key order, written atomically
 * (temporary file + rename) so that a crash never leaves half a settings file.
 */
public final class ProjectSettingsFile {
    /** Version of the settings file format; a newer file is refused rather than misread. */
    public static final int FORMAT = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ProjectSettings read(Path file) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a valid settings file: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": not a valid settings file: expected a JSON object");
        }
        int format = root.path("format").asInt(FORMAT);
        if (format > FORMAT) {
            throw new IOException(file + ": settings format " + format + " is newer than this Rapport understands ("
                    + FORMAT + "); use a newer Rapport");
        }
        try {
            return new ProjectSettings(root.path("name").asText(file.getParent().getFileName().toString()),
                    list(root, "ourAccounts", n -> new AccountRef(n.path("channel").asText(), n.path("handle").asText())),
                    list(root, "staff", n -> new StaffMember(n.path("channel").asText(), n.path("handle").asText(),
                            n.path("department").asText())),
                    list(root, "spaces", n -> new OwnedSpace(n.path("channel").asText(), n.path("name").asText())));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + ": not a valid settings file: " + e.getMessage(), e);
        }
    }

    public void write(Path file, ProjectSettings settings) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", settings.name());
        ArrayNode accounts = root.putArray("ourAccounts");
        settings.ourAccounts().forEach(a -> accounts.addObject().put("channel", a.channel()).put("handle", a.handle()));
        ArrayNode staff = root.putArray("staff");
        settings.staff().forEach(s -> staff.addObject().put("channel", s.channel()).put("handle", s.handle())
                .put("department", s.department()));
        ArrayNode spaces = root.putArray("spaces");
        settings.spaces().forEach(s -> spaces.addObject().put("channel", s.channel()).put("name", s.name()));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> mapping) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : root.path(field)) {
            out.add(mapping.apply(n));
        }
        return out;
    }
}
