/**
 * How the built-in sample project is made. {@link io.rapport.sample.internal.SampleProjectsComponent} creates
 * the project; {@code SampleGenerator} plays one {@code ChannelScript} per channel over the fixed
 * {@code SampleCalendar}: each script is a channel's {@code ChannelProfile} and its {@code Scene}s (mentions,
 * community threads, brand posts, reviews, tickets), acted out on a {@code Stage} by the invented
 * {@code CustomerBase} and the staff of {@code SampleCompany}, with words from {@code phrasebook.txt}.
 * {@code ExportFormats} picks each channel's {@code ExportWriter}, which writes the result as that channel's
 * real export (X archives and an API v2 dump, Pushshift dumps, Play Console CSV, App Store Connect and
 * Trustpilot API JSON, Zendesk ticket audits; the Rapport interchange format where the channel's own formats
 * cannot carry the sample, see {@code ExportFormats}), which the installed importers then read;
 * {@code SurveySample} and {@code SurveyFiles} add the survey responses.
 */
package io.rapport.sample.internal;
