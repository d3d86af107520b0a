package io.rapport.journey.core.internal;

import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.MaturityModel;
import io.rapport.journey.core.ModelInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A model shipped as a JSON file in this bundle's {@code models/} folder, read once. */
abstract class ShippedModel implements MaturityModel {
    private final JourneyModel model;

    ShippedModel(String file) {
        try (InputStream in = ShippedModel.class.getResourceAsStream("/models/" + file)) {
            if (in == null) {
                throw new IllegalStateException("models/" + file + " is missing from io.rapport.journey.core");
            }
            model = ModelReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "models/" + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ModelInputException e) {
            // shipped data is checked by the tests: this is a broken build
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public JourneyModel model() {
        return model;
    }
}
