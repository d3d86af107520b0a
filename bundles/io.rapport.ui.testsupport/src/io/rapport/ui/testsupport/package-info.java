/**
 * What UI tests of Rapport's views share: {@link io.rapport.ui.testsupport.WorkbenchRun} starts the real
 * workbench (Application.e4xmi, its addons and every installed model fragment) in the test and runs checks in its
 * UI thread; {@link io.rapport.ui.testsupport.Widgets} finds widgets, by type or by the name they carry, and OSGi
 * services. Not part of the product.
 */
package io.rapport.ui.testsupport;
