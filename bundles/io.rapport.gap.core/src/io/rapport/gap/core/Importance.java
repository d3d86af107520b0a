package io.rapport.gap.core;

/**
 * How much an expectation matters to customers, 1–5: either the analyst's {@code weight}, or a survey item
 * ({@code surveyItem}, an item id of the project's instrument) whose mean answer (after reverse coding), rescaled
 * from the instrument's scale to 1–5, is the importance: 1 + 4 × (mean − scale min) / (scale max − scale min).
 * Exactly one of the two is set.
 */
public record Importance(Integer weight, String surveyItem) {

    public Importance {
        if ((weight == null) == (surveyItem == null || surveyItem.isBlank())) {
            throw new IllegalArgumentException(
                    "an importance is either a weight 1-5 or a survey item, not both or none");
        }
        if (weight != null && (weight < 1 || weight > 5)) {
            throw new IllegalArgumentException("the weight is " + weight + "; it must be 1 to 5");
        }
        surveyItem = weight != null ? null : surveyItem.strip();
    }

    public static Importance weight(int weight) {
        return new Importance(weight, null);
    }

    public static Importance surveyItem(String itemId) {
        return new Importance(null, itemId);
    }

    @Override
    public String toString() {
        return weight != null ? "weight " + weight : "survey item " + surveyItem;
    }
}
