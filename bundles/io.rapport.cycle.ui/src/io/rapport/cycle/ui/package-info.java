/**
 * The Engagement Dashboard view (a model fragment's PartDescriptor in category Rapport): the response KPIs of
 * DESIGN.md §3 next to the published reference figures of §1.2, trends by month and channel, the community
 * funnel, who answers, and the worklist of unanswered negative interactions, for a date range and a set of
 * channels. Everything it shows is computed by {@link io.rapport.cycle.core.EngagementCycle}; the view only
 * renders it. {@link io.rapport.cycle.ui.DashboardIds} names the view and its widgets.
 */
package io.rapport.cycle.ui;
