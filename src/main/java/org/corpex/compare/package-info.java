/**
 * Where sources disagree: figures, compare (facts and their status), diff (how one source rewrote another), dupes
 * (repeated text).
 *
 * <p>May use the layers up to query; not another feature. (ArchitectureTest holds the layers.)
 */
package org.corpex.compare;
