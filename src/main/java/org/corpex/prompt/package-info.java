/**
 * The interactive prompt (JLine): completion, highlighting, history, the progress line; and what is written from the
 * command-line models: completion scripts and the manual page.
 *
 * <p>May use the shell and below; not another front end. (ArchitectureTest holds the layers.)
 */
package org.corpex.prompt;
