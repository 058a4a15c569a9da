/**
 * The filter language: field matches, comparisons, boolean logic over documents.
 *
 * <p>May use the layers up to extraction (figures, quotes). (ArchitectureTest holds the layers.)
 */
package org.corpex.query;
