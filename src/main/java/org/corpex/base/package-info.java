/**
 * What every layer shares: the one-line user error (CorpexException), cancellation of a running command, memory advice,
 * names as messages show them, sizes.
 *
 * <p>May use only the JDK. (ArchitectureTest holds the layers.)
 */
package org.corpex.base;
