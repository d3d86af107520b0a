package io.rapport.sample.internal;

import io.rapport.core.model.InteractionKind;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Customers write to the company's care account on an open network (X, Mastodon, Instagram) by mentioning it;
 * others talk about the brand without mentioning it, which the company does not see as addressed to it.
 *
 * @param perMonth   mentions in an ordinary month
 * @param chatter    share of posts that talk about the brand without mentioning it
 */
record MentionScene(double perMonth, double chatter) implements Scene {

    @Override
    public void play(YearMonth month, Stage stage) {
        Conversation conversation = new Conversation(stage);
        String care = stage.company().careAccount(stage.channel()).handle();
        for (Instant t : stage.calendar().moments(month, stage.count(perMonth, month), stage.random())) {
            Customer customer = stage.customers().pick(stage.channel(), stage.random());
            if (stage.random().nextDouble() < chatter) {
                stage.keep(Message.by(customer.on(stage.channel()), t, InteractionKind.POST).customer(customer)
                        .text(stage.say("chatter", t, null, null)).likes(stage.likes(3)).build());
                continue;
            }
            Subject subject = stage.subjectAt(t);
            Intent intent = stage.intentOf(customer, subject, t);
            Stage.Utterance words = stage.opener(intent, subject, t);
            Message opener = Message.by(customer.on(stage.channel()), t, InteractionKind.MENTION).customer(customer)
                    .text("@" + care + " " + words.text()).language(words.language()).mentions(List.of(care))
                    .likes(stage.likes(intent == Intent.PRAISE ? 8 : 2)).build();
            if (stage.keep(opener)) {
                conversation.follow(opener, customer, subject, intent, false);
            }
        }
    }
}
