/**
 * The engagement hierarchy, headless (DESIGN.md §1.1; issue 5): reading an instrument and a survey's responses
 * into the project ({@link io.rapport.hierarchy.core.SurveyImporter}), and scoring them
 * ({@link io.rapport.hierarchy.core.EngagementHierarchy}): the level each respondent reached under a
 * {@link io.rapport.core.survey.ScoringRule}, the four segments and the engagement ratio next to the published
 * benchmark distributions, per-level pass rates, whether the levels form a Guttman scale in this organisation's
 * data, breakdowns by any attribute, and the advocacy of linked respondents by segment. Scoring runs as SQL over
 * the project store. None of Gallup's licensed CE11 wording ships with Rapport.
 */
package io.rapport.hierarchy.core;
