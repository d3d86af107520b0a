package io.rapport.sample.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * Everything a scene needs to play on one channel: the channel's profile, the people, the calendar, the words,
 * the company's response policy, the channel's memory of who was helped, and the transcript it writes to.
 * One stage per channel, with its own random stream, so that channels do not disturb each other's data.
 */
record Stage(ChannelProfile profile, SampleCompany company, CustomerBase customers, SampleCalendar calendar,
        Phrasebook phrases, Wording wording, ResponsePolicy policy, CommunityMemory memory, Transcript transcript,
        Random random) {

    private static final List<String> OTHER_LANGUAGES = List.of("de", "es", "fr");

    /** A customer's words and the language they are in. */
    record Utterance(String text, String language) {
    }

    String channel() {
        return profile.channel();
    }

    double progress(Instant moment) {
        return calendar.progress(moment);
    }

    /** A phrase of the section, filled in with the particulars of the conversation. */
    String say(String key, Subject subject, Instant at, String addressee, String signature) {
        return wording.fill(phrases.pick(key, random), subject.particulars(), at, addressee, signature);
    }

    /** A phrase of the section, outside any conversation. */
    String say(String key, Instant at, String addressee, String signature) {
        return wording.fill(phrases.pick(key, random), Particulars.draw(random), at, addressee, signature);
    }

    /** What a customer writes about at that moment: the news of the day decides the topic. */
    Subject subjectAt(Instant at) {
        Topic topic = calendar.topicOn(SampleCalendar.day(at), random);
        List<String> issues = phrases.issues(topic);
        return new Subject(topic, issues.get(random.nextInt(issues.size())), Particulars.draw(random));
    }

    /** The intent of a customer's first message, from the channel's mix, the customer and the day's news. */
    Intent intentOf(Customer customer, Subject subject, Instant at) {
        CompanyEvent event = calendar.eventOn(SampleCalendar.day(at), subject.topic());
        return profile.intents().pick(customer.segment(), event == null ? null : event.mood(), progress(at), random);
    }

    /** A customer's first message; about one in forty is not in English. */
    Utterance opener(Intent intent, Subject subject, Instant at) {
        if (random.nextDouble() < 0.025) {
            String language = OTHER_LANGUAGES.get(random.nextInt(OTHER_LANGUAGES.size()));
            String key = intent.key() + " " + language;
            if (phrases.has(key)) {
                return new Utterance(say(key, subject, at, null, null), language);
            }
        }
        // questions and complaints are about an issue; praise and ideas about the topic as a whole
        String about = intent.seeksHelp() ? subject.key() : subject.topic().key();
        return new Utterance(say(intent.key() + " " + about, subject, at, null, null), "en");
    }

    /**
     * A reply in the channel's style: its reply kind, and on X-like channels an "@handle" in front that is also
     * a mention (so a customer answering our account mentions it, as the platforms do).
     */
    Message.Builder reply(Author author, Instant at, Message parent, String text) {
        Message.Builder b = Message.by(author, at, profile.replyKind()).replyTo(parent);
        if (profile.atReplies() && !parent.author().handle().equals(author.handle())) {
            b.text("@" + parent.author().handle() + " " + text).mentions(List.of(parent.author().handle()));
        } else {
            b.text(text);
        }
        return b;
    }

    boolean keep(Message m) {
        return transcript.add(m);
    }

    /** An engagement count with the given mean: most small, a few large. */
    long likes(double mean) {
        return (long) (-mean * Math.log(1 - random.nextDouble()));
    }

    /** A small random count with the given mean (Poisson). */
    int poisson(double mean) {
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** How many times something that happens {@code perMonth} times on an ordinary month happens this month. */
    int count(double perMonth, YearMonth month) {
        double expected = perMonth * profile.volume(calendar.progress(month)) * calendar.activity(month);
        return (int) Math.round(expected * (0.9 + 0.2 * random.nextDouble()));
    }

    /** A customer who tends to share: engaged customers, and people the company helped, share more. */
    Customer sharer(Instant now) {
        if (random.nextDouble() < 0.3) {
            Customer helped = memory.helpedBefore(now, null, random);
            if (helped != null) {
                return helped;
            }
        }
        Customer c = customers.pick(channel(), random);
        for (int i = 0; i < 4 && random.nextDouble() > c.segment().shareFactor() / 3; i++) {
            c = customers.pick(channel(), random);
        }
        return c;
    }

    /** A customer who answers {@code asker}: someone helped here before, a regular, or anyone. */
    Customer helper(Customer asker, Instant now) {
        double r = random.nextDouble();
        if (r < 0.35) {
            Customer c = memory.helpedBefore(now, asker, random);
            if (c != null) {
                return c;
            }
        }
        List<Customer> regulars = customers.regulars(channel());
        if (r < 0.75 && !regulars.isEmpty()) {
            Customer c = regulars.get(random.nextInt(regulars.size()));
            if (c != asker) {
                return c;
            }
        }
        return customers.pickOther(channel(), asker, random);
    }
}
