/**
 * The command line as an API: {@link io.rapport.cli.RapportCli} runs a {@code rapport} command in the calling
 * OSGi runtime (scripts hosted in Java, tests that compare a view with the command line's output).
 */
package io.rapport.cli;
