package org.example.rapport.slack;

/**
 * One Slack channel of a project, as the Slack Channels view shows it.
 *
 * @param space           the channel as the importer names it: {@code #<channel name>}
 * @param messages        every imported message in it, replies included
 * @param threads         messages that started a thread with at least one reply
 * @param customerPosts   messages by customers (inbound) that start a conversation (not replies)
 * @param answeredByUs    of those, the ones someone of ours (an account or staff of the project, outbound)
 *                        replied to in their thread
 */
public record SlackChannelSummary(String space, long messages, long threads, long customerPosts,
        long answeredByUs) {

    /** 100 × answered by us / customer posts; {@code null} when customers started nothing there. */
    public Double answeredShare() {
        return customerPosts == 0 ? null : 100.0 * answeredByUs / customerPosts;
    }
}
