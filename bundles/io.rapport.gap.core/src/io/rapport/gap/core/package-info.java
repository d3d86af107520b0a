/**
 * The engagement gap (DESIGN.md §1.4): what customers expect against what the company provides, measured. The
 * analyst's {@link io.rapport.gap.core.GapModel} (expectations with importance, target and bound indicators,
 * kept in the project), the {@link io.rapport.gap.core.GapIndicator} SPI that measures performance per channel,
 * and the {@link io.rapport.gap.core.EngagementGap} service that computes the ranked
 * {@link io.rapport.gap.core.GapReport}. Headless: the gap matrix view renders these models.
 */
package io.rapport.gap.core;
