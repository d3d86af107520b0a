/**
 * A partner's example extension of Rapport, built on Rapport's public API only: the Slack workspace export
 * format ({@link org.example.rapport.slack.SlackExport}), and the per-channel statistics a view renders
 * ({@link org.example.rapport.slack.SlackChannels}, a DS service returning UI-free
 * {@link org.example.rapport.slack.SlackChannelSummary} rows). The importer and the gap indicator are DS
 * components in the internal package: they are found through Rapport's SPIs and need no API of their own.
 */
package org.example.rapport.slack;
