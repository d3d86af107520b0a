package io.rapport.sample.internal;

import io.rapport.core.model.ActorRole;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Whether, who and how fast the company answers on one channel. Over the period it answers more, faster and
 * more personally, and more departments join in ("engagement is everyone's job", DESIGN.md §1).
 */
final class ResponsePolicy {
    private final Responsiveness responsiveness;
    private final Author careAccount;
    private final List<Author> staff;
    /** Care agents who answer from the brand accounts and sign with their initials. */
    private final List<String> agents;

    ResponsePolicy(ChannelProfile profile, SampleCompany company) {
        this.responsiveness = profile.responsiveness();
        this.careAccount = company.careAccount(profile.channel());
        this.staff = company.staffOn(profile.channel());
        this.agents = company.staff().stream().filter(e -> e.department() == Department.SUPPORT)
                .map(Employee::name).toList();
    }

    /**
     * @param weight how much the situation calls for an answer: 1 for a question, less for praise or thanks
     */
    boolean answers(double weight, double progress, Random random) {
        return random.nextDouble() < Math.min(0.98, responsiveness.coverage(progress) * weight);
    }

    /** How much a first message calls for an answer; early on the company shied away from complaints. */
    static double weight(Intent intent, double progress) {
        return switch (intent) {
            case QUESTION -> 1.0;
            case COMPLAINT -> 0.8 + 0.2 * progress;
            case IDEA -> 0.6;
            case PRAISE -> 0.35;
        };
    }

    Author responder(Topic topic, Intent intent, double progress, Random random) {
        boolean byStaff = careAccount == null || random.nextDouble() < responsiveness.staffShare(progress);
        if (!byStaff || staff.isEmpty()) {
            return careAccount;
        }
        double[] w = new double[staff.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            Department d = staff.get(i).department();
            w[i] = openness(d, progress) * relevance(d, topic, intent);
            total += w[i];
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0) {
                return staff.get(i);
            }
        }
        return staff.get(staff.size() - 1);
    }

    /** When the answer to something written at {@code asked} arrives: staff answer in office hours. */
    Instant replyTime(Instant asked, Author responder, double progress, Random random) {
        boolean personal = responder.role() == ActorRole.STAFF && !responder.declared();
        double median = responsiveness.replyHours(progress) * (personal ? 1.25 : 1);
        Instant t = asked.plus(SampleCalendar.delay(median, 1.1, random));
        CareHours hours = personal ? CareHours.OFFICE : responsiveness.careHours(t);
        return hours.next(t, random);
    }

    /** Brand accounts paste templates ("please DM us") a lot at first, far less later; staff rarely do. */
    boolean templated(Author responder, Intent intent, double progress, Random random) {
        double p = responder.role() == ActorRole.STAFF ? 0.08 : 0.7 - 0.45 * progress;
        return intent != Intent.IDEA && random.nextDouble() < p;
    }

    /** How a personal answer is signed: staff by name and team, the brand account by an agent's initials. */
    String signature(Author responder, Random random) {
        if (responder.role() == ActorRole.STAFF) {
            return responder.signOff();
        }
        if (agents.isEmpty() || responder.declared()) {
            return "";
        }
        String[] names = agents.get(random.nextInt(agents.size())).split(" ");
        return "^" + names[0].charAt(0) + names[names.length - 1].charAt(0);
    }

    /** Departments other than support start answering customers as the company matures. */
    private static double openness(Department d, double progress) {
        return switch (d) {
            case SUPPORT -> 1.0;
            case PRODUCT, ENGINEERING -> 0.25 + 1.25 * progress;
            case MARKETING, COMMUNICATIONS -> 0.4 + 0.6 * progress;
            case SALES -> 0.3 + 0.8 * progress;
        };
    }

    private static double relevance(Department d, Topic topic, Intent intent) {
        if (intent == Intent.IDEA && d == Department.PRODUCT) {
            return 4;
        }
        if (intent == Intent.PRAISE && (d == Department.MARKETING || d == Department.COMMUNICATIONS)) {
            return 3;
        }
        if (topic.isExpert(d)) {
            return 2.5;
        }
        return d == Department.SUPPORT ? 1.5 : 0.4;
    }
}
