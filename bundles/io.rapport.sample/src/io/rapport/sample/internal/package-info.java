/**
 * How the built-in sample project is made. {@link io.rapport.sample.internal.SampleProjectsComponent} creates
 * the project; {@code SampleGenerator} plays one {@code ChannelScript} per channel over the fixed
 * {@code SampleCalendar}: each script is a channel's {@code ChannelProfile} and its {@code Scene}s (mentions,
 * community threads, brand posts, reviews, tickets), acted out on a {@code Stage} by the invented
 * {@code CustomerBase} and the staff of {@code SampleCompany}, with words from {@code phrasebook.txt}. The
 * {@code InterchangeWriter} exports the result in the Rapport interchange format, which the real importer then
 * reads; {@code SurveySample} and {@code SurveyFiles} add the survey responses.
 */
package io.rapport.sample.internal;
