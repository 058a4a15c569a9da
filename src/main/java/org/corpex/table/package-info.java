/**
 * The Table every command returns, and what turns it into text, CSV, TSV, JSON, JSON Lines and .xlsx, with the write
 * policy and the provenance of exports.
 *
 * <p>May use base and corpus. (ArchitectureTest holds the layers.)
 */
package org.corpex.table;
