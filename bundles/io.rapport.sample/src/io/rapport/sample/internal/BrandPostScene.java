package io.rapport.sample.internal;

import io.rapport.core.model.InteractionKind;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The company publishes (campaigns, or announcements in its own spaces); customers comment, which addresses
 * the comment to the company, and share the post.
 *
 * @param perMonth        posts in an ordinary month
 * @param commentsPerPost average customer comments under a post
 * @param sharesPerPost   average shares that appear in the export as records of their own
 * @param likesPerPost    average likes of a post
 * @param announcements   whether the posts are community announcements (in the space, where peers answer)
 *                        rather than campaigns
 */
record BrandPostScene(double perMonth, double commentsPerPost, double sharesPerPost, double likesPerPost,
        boolean announcements) implements Scene {

    @Override
    public void play(YearMonth month, Stage stage) {
        Conversation conversation = new Conversation(stage);
        Author brand = stage.company().brandAccount(stage.channel());
        int posts = (int) Math.round(perMonth * (0.85 + 0.3 * stage.random().nextDouble()));
        for (int i = 0; i < posts; i++) {
            Instant t = stage.calendar().officeMoment(month, stage.random());
            int shareRecords = stage.profile().has(Count.SHARES) ? stage.poisson(sharesPerPost) : 0;
            Message post = Message.by(brand, t, InteractionKind.POST)
                    .text(stage.say(announcements ? "announcement" : "promo", t, null, null))
                    .space(stage.profile().space()).likes(stage.likes(likesPerPost))
                    .shares(shareRecords == 0 ? 0 : shareRecords + stage.random().nextInt(shareRecords + 2)).build();
            if (!stage.keep(post)) {
                continue;
            }
            for (int s = 0; s < shareRecords; s++) {
                share(post, stage);
            }
            int comments = stage.poisson(commentsPerPost);
            for (int c = 0; c < comments; c++) {
                comment(post, stage, conversation);
            }
        }
    }

    private static void share(Message post, Stage stage) {
        Instant t = post.at().plus(SampleCalendar.delay(3, 1.2, stage.random()));
        Customer sharer = stage.sharer(t);
        // a share is not a reply: it points at the shared post through its thread, so it is not "addressed to us"
        stage.keep(Message.by(sharer.on(stage.channel()), t, InteractionKind.SHARE).customer(sharer).sharing(post)
                .text(post.text()).build());
    }

    private void comment(Message post, Stage stage, Conversation conversation) {
        Instant t = post.at().plus(SampleCalendar.delay(4, 1.2, stage.random()));
        Customer customer = stage.customers().pick(stage.channel(), stage.random());
        Subject subject = stage.subjectAt(t);
        Intent intent = stage.intentOf(customer, subject, t);
        Stage.Utterance words = stage.opener(intent, subject, t);
        Message comment = stage.reply(customer.on(stage.channel()), t, post, words.text()).customer(customer)
                .language(words.language()).likes(stage.likes(3)).build();
        if (stage.keep(comment)) {
            conversation.follow(comment, customer, subject, intent, announcements);
        }
    }
}
