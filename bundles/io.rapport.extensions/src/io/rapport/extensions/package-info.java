/**
 * Installing, updating and removing Rapport extensions from p2 update sites, headless: {@link
 * io.rapport.extensions.ExtensionManager}.
 */
package io.rapport.extensions;
