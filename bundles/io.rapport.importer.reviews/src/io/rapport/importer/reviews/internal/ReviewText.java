package io.rapport.importer.reviews.internal;

/** The canonical text of a review: its title (when it has one) as the first paragraph, then its body. */
final class ReviewText {
    private ReviewText() {
    }

    static String of(String title, String body) {
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasBody = body != null && !body.isBlank();
        if (hasTitle && hasBody) {
            return title.strip() + "\n\n" + body;
        }
        return hasTitle ? title.strip() : hasBody ? body : null;
    }
}
