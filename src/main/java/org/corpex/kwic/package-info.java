/**
 * Keyword in context and word statistics: kwic, dispersion, freq, collocates, ngrams.
 *
 * <p>May use the layers up to query; not another feature. (ArchitectureTest holds the layers.)
 */
package org.corpex.kwic;
