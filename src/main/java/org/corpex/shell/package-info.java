/**
 * Runs lines: the registry of commands (Commands), the executor (Shell: splitting, parsing with picocli, running,
 * writing > FILE), help, the worker thread interactive front ends run commands on.
 *
 * <p>May use every layer below it; no front end. (ArchitectureTest holds the layers.)
 */
package org.corpex.shell;
