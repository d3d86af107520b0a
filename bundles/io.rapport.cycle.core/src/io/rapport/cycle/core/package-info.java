/**
 * The engagement cycle, headless: response metrics exactly as DESIGN.md §3 defines them (inbound, addressed,
 * responded, response rate, first response time, negative addressed/unanswered), the community funnel
 * (question → answered → gratitude → reciprocation → sharing), responders by department, and the worklist of
 * unanswered negative interactions. {@link io.rapport.cycle.core.EngagementCycle} is the DS service views, the
 * command line and reports use; {@link io.rapport.cycle.core.CycleFacts} is the one SQL source of the metric
 * definitions that other analyses (the explorer) build on.
 */
package io.rapport.cycle.core;
