/**
 * Who said what: the quotes command over the attributions language finds, by speaker, and how outlets quoted one
 * statement.
 *
 * <p>May use the layers up to session, and figures. (ArchitectureTest holds the layers.)
 */
package org.corpex.quotes;
