/**
 * The Engagement Hierarchy view: where the project's surveyed customers stand on the hierarchy, under an installed
 * scoring rule, next to the published benchmarks; and the editor of the project's instrument. Everything shown
 * comes from {@link io.rapport.hierarchy.core.EngagementHierarchy}, the same numbers as {@code rapport score}.
 */
package io.rapport.hierarchy.ui;
