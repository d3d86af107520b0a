package io.rapport.journey.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.journey.core.AttestationAnswer;
import io.rapport.journey.core.JourneyAssessment.Status;
import io.rapport.journey.core.JourneySnapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journey's records in the project's documents, one pair per model: {@code journey/<model>/attestations}
 * (criterion id → answer, note, who, when) and {@code journey/<model>/snapshots} (the dated snapshots). Plain
 * JSON, so that the project file holds them readably and a newer Rapport can read them.
 */
final class JourneyRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JourneyRecords() {
    }

    static Map<String, AttestationAnswer> attestations(ProjectStore store, String model) throws ProjectException {
        Map<String, AttestationAnswer> out = new LinkedHashMap<>();
        JsonNode root = read(store, key(model, "attestations"));
        root.path("answers").fields().forEachRemaining(e -> {
            JsonNode a = e.getValue();
            out.put(e.getKey(), new AttestationAnswer(e.getKey(), a.path("yes").asBoolean(), text(a, "note"),
                    text(a, "who"), Instant.parse(a.path("when").asText())));
        });
        return out;
    }

    static void saveAttestations(ProjectStore store, String model, Map<String, AttestationAnswer> answers)
            throws ProjectException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        ObjectNode all = root.putObject("answers");
        answers.values().forEach(a -> {
            ObjectNode n = all.putObject(a.criterion());
            n.put("yes", a.yes());
            n.put("note", a.note());
            n.put("who", a.who());
            n.put("when", a.when().toString());
        });
        store.saveDocument(key(model, "attestations"), root.toString());
    }

    static List<JourneySnapshot> snapshots(ProjectStore store, String model) throws ProjectException {
        List<JourneySnapshot> out = new ArrayList<>();
        for (JsonNode s : read(store, key(model, "snapshots")).path("snapshots")) {
            Map<String, String> stages = new LinkedHashMap<>();
            s.path("stages").fields().forEachRemaining(e -> stages.put(e.getKey(), e.getValue().asText()));
            Map<String, JourneySnapshot.Entry> criteria = new LinkedHashMap<>();
            s.path("criteria").fields().forEachRemaining(e -> criteria.put(e.getKey(), new JourneySnapshot.Entry(
                    Status.valueOf(e.getValue().path("status").asText()), e.getValue().path("value").isNumber()
                            ? e.getValue().path("value").asDouble() : null)));
            out.add(new JourneySnapshot(model, LocalDate.parse(s.path("as_of").asText()),
                    Instant.parse(s.path("taken").asText()), s.path("overall").asText(), stages, criteria));
        }
        return JourneySnapshot.byDay(out);
    }

    static void saveSnapshots(ProjectStore store, String model, List<JourneySnapshot> snapshots)
            throws ProjectException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        ArrayNode all = root.putArray("snapshots");
        for (JourneySnapshot s : snapshots) {
            ObjectNode n = all.addObject();
            n.put("as_of", s.asOf().toString());
            n.put("taken", s.taken().toString());
            n.put("overall", s.overall());
            ObjectNode stages = n.putObject("stages");
            s.stages().forEach(stages::put);
            ObjectNode criteria = n.putObject("criteria");
            s.criteria().forEach((id, e) -> {
                ObjectNode c = criteria.putObject(id);
                c.put("status", e.status().name());
                if (e.value() != null) {
                    c.put("value", e.value());
                }
            });
        }
        store.saveDocument(key(model, "snapshots"), root.toString());
    }

    private static String key(String model, String what) {
        return "journey/" + model + "/" + what;
    }

    private static JsonNode read(ProjectStore store, String key) throws ProjectException {
        String json = store.document(key).orElse("{}");
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProjectException("The project's " + key + " is damaged: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
