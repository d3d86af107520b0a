/**
 * The workbench's API for view bundles: the {@link io.rapport.app.ProjectSession} in the e4 context (the one
 * open project, with events when it changes) and the model ids a view contribution may refer to.
 */
package io.rapport.app;
