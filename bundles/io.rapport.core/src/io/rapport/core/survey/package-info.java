/**
 * Survey data of the engagement hierarchy (DESIGN.md §1.1, §3): an {@link io.rapport.core.survey.Instrument}
 * (levels in hierarchy order, items, scale, top box, reverse-coded items, the segment mapping and the scoring
 * rules' options), a {@link io.rapport.core.survey.SurveyRespondent} (one row of answers), the four
 * {@link io.rapport.core.survey.Segment}s, and the {@link io.rapport.core.survey.ScoringRule} SPI with its typed
 * component properties. The SPI lives here, beside the instrument it reads, so that a partner's rule bundle
 * depends on this small, stable package only; the rules Rapport ships and the scoring itself are in
 * {@code io.rapport.hierarchy.core}.
 */
package io.rapport.core.survey;
