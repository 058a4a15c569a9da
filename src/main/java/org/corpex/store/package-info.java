/**
 * The on-disk index (Lucene): building, appending, updating, checking, and the engine over it.
 *
 * <p>May use the layers up to query; not the features, commands or front ends. (ArchitectureTest holds the layers.)
 */
package org.corpex.store;
