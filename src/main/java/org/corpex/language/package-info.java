/**
 * English as news writes it: names, roles and pronouns resolved per document (Discourse), time expressions (Times),
 * attributions (who said what) and the lexicons they read.
 *
 * <p>May use base, table and corpus. (ArchitectureTest holds the layers.)
 */
package org.corpex.language;
