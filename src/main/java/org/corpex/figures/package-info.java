/**
 * Figures: every number in the text, normalised (money, percent, quantities, ranges, dates), read by the grammar's
 * readers over an immutable reading, with the frame of what each measures.
 *
 * <p>May use base, table, corpus, index, language and session. (ArchitectureTest holds the layers.)
 */
package org.corpex.figures;
