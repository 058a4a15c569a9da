/**
 * Over time and by source: trend, count, keywords (keyness against a reference), compare --timeline's periods.
 *
 * <p>May use the layers up to query; not another feature. (ArchitectureTest holds the layers.)
 */
package org.corpex.time;
