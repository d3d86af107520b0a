package io.rapport.sample.internal;

import io.rapport.core.model.InteractionKind;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * What follows a customer's message addressed to the company: the engagement cycle of DESIGN.md §1. Other
 * customers may help; the company may answer (or not); the asker may thank, push back on a template, come back
 * angrier when ignored, or praise the team in public; people who were helped are remembered, so that they help
 * someone else later.
 */
final class Conversation {
    private final Stage stage;
    private final Random random;

    Conversation(Stage stage) {
        this.stage = stage;
        this.random = stage.random();
    }

    /**
     * @param peersMayHelp whether other customers answer in this place (our subreddit, page or forum)
     */
    void follow(Message opener, Customer asker, Subject subject, Intent intent, boolean peersMayHelp) {
        follow(opener, asker, subject, intent, peersMayHelp, true);
    }

    private void follow(Message opener, Customer asker, Subject subject, Intent intent, boolean peersMayHelp,
            boolean mayComplainAgain) {
        double progress = stage.progress(opener.at());
        boolean solvedByPeers = peersMayHelp && intent.seeksHelp() && peersHelp(opener, asker, subject);
        double weight = ResponsePolicy.weight(intent, progress) * (solvedByPeers ? 0.6 : 1);
        if (stage.policy().answers(weight, progress, random)) {
            answer(opener, asker, subject, intent);
        } else if (intent == Intent.COMPLAINT && mayComplainAgain && stage.profile().atReplies()
                && random.nextDouble() < 0.3) {
            complainAgain(opener, asker, subject);
        }
    }

    /** Other customers answer; returns whether the asker thanked one of them. */
    private boolean peersHelp(Message opener, Customer asker, Subject subject) {
        if (random.nextDouble() >= stage.profile().peerHelp()) {
            return false;
        }
        int helpers = 1 + (random.nextDouble() < 0.45 ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0);
        Instant t = opener.at();
        Message first = null;
        for (int i = 0; i < helpers; i++) {
            t = t.plus(SampleCalendar.delay(1.5, 1.0, random));
            Customer helper = stage.helper(asker, t);
            Message answer = stage.reply(helper.on(stage.channel()), t, opener,
                    stage.say("peer-answer " + subject.key(), subject, t, asker.firstName(), ""))
                    .customer(helper).likes(stage.likes(2)).build();
            if (!stage.keep(answer)) {
                break;
            }
            if (first == null) {
                first = answer;
            }
        }
        return first != null && random.nextDouble() < 0.45 && thank(first, asker) != null;
    }

    private void answer(Message opener, Customer asker, Subject subject, Intent intent) {
        double progress = stage.progress(opener.at());
        ResponsePolicy policy = stage.policy();
        Author responder = policy.responder(subject.topic(), intent, progress, random);
        Instant t = policy.replyTime(opener.at(), responder, progress, random);
        boolean templated = policy.templated(responder, intent, progress, random);
        String key = switch (intent) {
            case PRAISE -> "templated praise";
            case IDEA -> "answer-idea";
            default -> templated ? "templated " + intent.key() : "answer " + subject.key();
        };
        String signature = templated ? "" : policy.signature(responder, random);
        String text = stage.say(key, subject, t, asker.firstName(), signature);
        Message answer = stage.reply(responder, t, opener, text).likes(stage.likes(1)).build();
        if (stage.keep(answer) && intent.seeksHelp()) {
            react(answer, asker, subject, intent, templated);
        }
    }

    /** The asker's reaction to our answer: a template ("please DM us") earns no thanks, and sometimes anger. */
    private void react(Message answer, Customer asker, Subject subject, Intent intent, boolean templated) {
        if (!templated) {
            if (random.nextDouble() < 0.5) {
                thank(answer, asker);
            }
            return;
        }
        double r = random.nextDouble();
        if (r < (intent == Intent.COMPLAINT ? 0.35 : 0.15)) {
            pushBack(answer, asker, subject);
        } else if (r < 0.5) {
            Instant t = answer.at().plus(SampleCalendar.delay(1, 1.0, random));
            String ok = stage.say("acknowledgement", t, null, null);
            stage.keep(stage.reply(asker.on(stage.channel()), t, answer, ok).customer(asker).build());
        }
    }

    /** "I already DMed you and nobody answered": addressed to us again, and answered less often. */
    private void pushBack(Message answer, Customer asker, Subject subject) {
        Instant t = answer.at().plus(SampleCalendar.delay(5, 1.0, random));
        Message pushBack = stage.reply(asker.on(stage.channel()), t, answer,
                stage.say("frustration", subject, t, null, null)).customer(asker).build();
        if (!stage.keep(pushBack)) {
            return;
        }
        double progress = stage.progress(t);
        ResponsePolicy policy = stage.policy();
        if (policy.answers(0.8, progress, random)) {
            Instant at = policy.replyTime(t, answer.author(), progress, random);
            String signature = policy.signature(answer.author(), random);
            Message again = stage.reply(answer.author(), at, pushBack,
                    stage.say("follow-up", subject, at, asker.firstName(), signature)).build();
            if (stage.keep(again) && random.nextDouble() < 0.45) {
                thank(again, asker);
            }
        }
    }

    /** The asker thanks whoever helped; returns the thanks, or {@code null} past the export's end. */
    private Message thank(Message help, Customer asker) {
        Instant t = help.at().plus(SampleCalendar.delay(1.5, 1.0, random));
        Message thanks = stage.reply(asker.on(stage.channel()), t, help, stage.say("gratitude", t, null, null))
                .customer(asker).likes(stage.likes(1)).build();
        if (!stage.keep(thanks)) {
            return null;
        }
        stage.memory().helped(asker, t);
        double progress = stage.progress(t);
        if (help.author().isOurs() && random.nextDouble() < 0.25 && stage.policy().answers(0.5, progress, random)) {
            Instant at = stage.policy().replyTime(t, help.author(), progress, random);
            stage.keep(stage.reply(help.author(), at, thanks, stage.say("glad", at, asker.firstName(), "")).build());
        }
        if (help.author().isOurs() && stage.profile().atReplies()
                && random.nextDouble() < 0.1 * asker.segment().shareFactor()) {
            shoutOut(asker, t);
        }
        return thanks;
    }

    /** A helped customer praises the care team in public, a day or so later. */
    private void shoutOut(Customer asker, Instant after) {
        String care = stage.company().careAccount(stage.channel()).handle();
        Instant t = after.plus(SampleCalendar.delay(20, 0.8, random));
        Message m = Message.by(asker.on(stage.channel()), t, InteractionKind.MENTION).customer(asker)
                .text("@" + care + " " + stage.say("shoutout", t, null, null)).mentions(List.of(care))
                .likes(stage.likes(6)).build();
        if (stage.keep(m)) {
            follow(m, asker, stage.subjectAt(t), Intent.PRAISE, false, false);
        }
    }

    /** An ignored complaint comes back a day or two later, angrier. */
    private void complainAgain(Message opener, Customer asker, Subject subject) {
        String care = stage.company().careAccount(stage.channel()).handle();
        Instant t = opener.at().plus(SampleCalendar.delay(30, 0.6, random));
        String text = "@" + care + " " + stage.say("repeat-complaint", subject, t, null, null);
        Message m = Message.by(asker.on(stage.channel()), t, InteractionKind.MENTION).customer(asker).text(text)
                .mentions(List.of(care)).likes(stage.likes(3)).build();
        if (stage.keep(m)) {
            follow(m, asker, subject, Intent.COMPLAINT, false, false);
        }
    }
}
