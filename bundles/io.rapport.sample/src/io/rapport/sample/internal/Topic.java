package io.rapport.sample.internal;

import java.util.List;
import java.util.Locale;

/** What a customer writes about. The weights say how often, on an ordinary day, relative to each other. */
enum Topic {
    SIGNAL(1.0, Department.ENGINEERING),
    BILLING(0.9, Department.SALES),
    ROAMING(0.45, Department.SUPPORT),
    APP(0.8, Department.PRODUCT, Department.ENGINEERING),
    ESIM(0.35, Department.PRODUCT),
    BROADBAND(0.6, Department.ENGINEERING),
    DELIVERY(0.35, Department.SALES),
    UPGRADE(0.5, Department.SALES);

    private final double weight;
    private final List<Department> experts;

    Topic(double weight, Department... experts) {
        this.weight = weight;
        this.experts = List.of(experts);
    }

    double weight() {
        return weight;
    }

    /** Departments besides support whose people know the answer. */
    boolean isExpert(Department d) {
        return experts.contains(d);
    }

    /** The topic's name in the phrasebook. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
