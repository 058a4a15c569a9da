/**
 * The commands about the session itself: load, docs, show, filter, unfilter, reset, export, subcorpus, set, history,
 * tui, quit.
 *
 * <p>May use everything below the shell: engines included, to open an index or a collection. (ArchitectureTest holds
 * the layers.)
 */
package org.corpex.commands;
