package io.rapport.sample.internal;

import java.util.List;
import java.util.Random;

/**
 * The particulars of one conversation (the town, the country, the phone, the amount, how many days): drawn once,
 * so that an answer about "the mast near Leeds" answers the customer in Leeds.
 */
record Particulars(String city, String country, String phone, String amount, int days, int hours) {
    private static final List<String> CITIES = List.of("Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff",
            "Leicester", "Norwich", "Sheffield", "Brighton", "Newcastle", "Nottingham", "Plymouth", "Aberdeen", "York",
            "Derby", "Swansea", "Coventry", "Hull", "Exeter", "Reading");
    private static final List<String> COUNTRIES = List.of("Spain", "France", "Italy", "Portugal", "Greece", "the US",
            "Turkey", "Croatia", "Germany", "Ireland");
    private static final List<String> PHONES = List.of("Aero 7", "Aero 7 Pro", "Lumo S3", "Kite 12");
    private static final List<String> AMOUNTS = List.of("5", "7.50", "12", "18.40", "24", "36");

    static Particulars draw(Random random) {
        return new Particulars(any(CITIES, random), any(COUNTRIES, random), any(PHONES, random),
                any(AMOUNTS, random), 2 + random.nextInt(5), 2 + random.nextInt(8));
    }

    private static String any(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
