/**
 * Documents and their text: Document, Layout (lines, sentences, tokens), the segmenter, the corpus fingerprint.
 *
 * <p>May use base and table. (ArchitectureTest holds the layers.)
 */
package org.corpex.corpus;
