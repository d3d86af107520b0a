package io.rapport.sample.internal;

import java.util.Random;

/**
 * A customer's engagement segment (DESIGN.md §1). It shapes both what the customer writes online and how the
 * customer answers the survey, so that an analyst who links the two finds that engaged customers advocate more.
 */
enum Segment {
    FULLY_ENGAGED(0.20, 0.35, 2.6, 3.0, 2.0),
    ENGAGED(0.26, 0.7, 1.5, 1.6, 1.3),
    NOT_ENGAGED(0.34, 1.0, 0.7, 0.6, 0.8),
    ACTIVELY_DISENGAGED(0.20, 2.3, 0.2, 0.15, 0.3);

    private final double share;
    private final double complaintFactor;
    private final double praiseFactor;
    private final double shareFactor;
    private final double helpFactor;

    Segment(double share, double complaintFactor, double praiseFactor, double shareFactor, double helpFactor) {
        this.share = share;
        this.complaintFactor = complaintFactor;
        this.praiseFactor = praiseFactor;
        this.shareFactor = shareFactor;
        this.helpFactor = helpFactor;
    }

    /** Share of the sample's customer base in this segment. */
    double share() {
        return share;
    }

    double complaintFactor() {
        return complaintFactor;
    }

    double praiseFactor() {
        return praiseFactor;
    }

    /** How readily the customer shares the company's posts. */
    double shareFactor() {
        return shareFactor;
    }

    /** How readily the customer answers other customers. */
    double helpFactor() {
        return helpFactor;
    }

    static Segment draw(Random random) {
        double r = random.nextDouble();
        for (Segment s : values()) {
            r -= s.share;
            if (r < 0) {
                return s;
            }
        }
        return ACTIVELY_DISENGAGED;
    }
}
