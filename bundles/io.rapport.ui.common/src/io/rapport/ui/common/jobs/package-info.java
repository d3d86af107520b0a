/**
 * Background work of views on the open project: Jobs that hold the project's rule, can be cancelled, and deliver
 * only the result the view asked for last.
 */
package io.rapport.ui.common.jobs;
