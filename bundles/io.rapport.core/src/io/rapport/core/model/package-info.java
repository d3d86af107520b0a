/**
 * The canonical data model of Rapport (DESIGN.md §3): interactions, actors,
 * channels and the project settings that decide what is ours.
 */
package io.rapport.core.model;
