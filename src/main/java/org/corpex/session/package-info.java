/**
 * The command API: Session (corpus, selection, settings, history), CorpexCommand, Request (a command as a front end
 * asks for it) and the options commands share.
 *
 * <p>May use base, table, corpus, index and language. (ArchitectureTest holds the layers.)
 */
package org.corpex.session;
