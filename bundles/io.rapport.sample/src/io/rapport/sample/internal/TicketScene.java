package io.rapport.sample.internal;

import io.rapport.core.model.InteractionKind;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Support tickets: a customer writes in, an agent of the support team answers (the ticket system says who is
 * staff), and they go back and forth until it is solved or the customer gives up.
 *
 * @param perMonth tickets in an ordinary month
 */
record TicketScene(double perMonth) implements Scene {
    private static final int MAX_ROUNDS = 3;

    @Override
    public void play(YearMonth month, Stage stage) {
        for (Instant t : stage.calendar().moments(month, stage.count(perMonth, month), stage.random())) {
            Customer customer = stage.customers().pick(stage.channel(), stage.random());
            Subject subject = stage.subjectAt(t);
            Intent intent = stage.random().nextDouble() < 0.35 * customer.segment().complaintFactor()
                    ? Intent.COMPLAINT : Intent.QUESTION;
            Stage.Utterance words = stage.opener(intent, subject, t);
            Message opened = Message.by(customer.on(stage.channel()), t, InteractionKind.TICKET).customer(customer)
                    .text(words.text()).language(words.language()).build();
            if (stage.keep(opened)) {
                resolve(opened, customer, subject, stage);
            }
        }
    }

    private static void resolve(Message opened, Customer customer, Subject subject, Stage stage) {
        ResponsePolicy policy = stage.policy();
        double progress = stage.progress(opened.at());
        if (!policy.answers(1.0, progress, stage.random())) {
            return;
        }
        Author agent = policy.responder(subject.topic(), Intent.QUESTION, progress, stage.random());
        String signature = policy.signature(agent, stage.random());
        Message last = opened;
        String previous = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant t = policy.replyTime(last.at(), agent, progress, stage.random());
            String key = round == 0 ? "answer " + subject.key() : "ticket-agent-next";
            String text = stage.say(key, subject, t, customer.firstName(), signature);
            if (text.equals(previous)) {
                text = stage.say(key, subject, t, customer.firstName(), signature); // agents rarely repeat themselves
            }
            previous = text;
            Message answer = message(agent, null, t, last, text);
            if (!stage.keep(answer)) {
                return;
            }
            Instant back = answer.at().plus(SampleCalendar.delay(4, 1.0, stage.random()));
            if (stage.random().nextDouble() < 0.4) {
                last = message(customer.on(stage.channel()), customer, back, answer,
                        stage.say("ticket-followup", subject, back, null, null));
                if (!stage.keep(last)) {
                    return;
                }
                continue;
            }
            if (stage.random().nextDouble() < 0.5) {
                thank(answer, customer, agent, signature, stage);
            }
            return;
        }
    }

    private static void thank(Message answer, Customer customer, Author agent, String signature, Stage stage) {
        Instant back = answer.at().plus(SampleCalendar.delay(4, 1.0, stage.random()));
        Message thanks = message(customer.on(stage.channel()), customer, back, answer,
                stage.say("ticket-thanks", back, null, null));
        if (stage.keep(thanks)) {
            stage.memory().helped(customer, back);
            if (stage.random().nextDouble() < 0.5) {
                Instant at = stage.policy().replyTime(back, agent, stage.progress(back), stage.random());
                stage.keep(message(agent, null, at, thanks,
                        stage.say("ticket-agent-closing", at, customer.firstName(), signature)));
            }
        }
    }

    private static Message message(Author author, Customer customer, Instant at, Message replyTo, String text) {
        return Message.by(author, at, InteractionKind.TICKET).customer(customer).replyTo(replyTo).text(text).build();
    }
}
