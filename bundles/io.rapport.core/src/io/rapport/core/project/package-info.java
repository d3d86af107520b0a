/** The project on disk: its directory layout and its human-readable settings file. */
package io.rapport.core.project;
