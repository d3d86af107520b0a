/**
 * The example extension's Slack Channels view: {@link org.example.rapport.slack.ui.SlackChannelsIds} names the
 * view and its widgets for Show View and UI tests.
 */
package org.example.rapport.slack.ui;
