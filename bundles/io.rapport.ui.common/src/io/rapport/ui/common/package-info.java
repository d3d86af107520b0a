/**
 * What Rapport's views share without depending on each other: requests one view posts for another (open a
 * conversation), and helpers every view uses.
 */
package io.rapport.ui.common;
