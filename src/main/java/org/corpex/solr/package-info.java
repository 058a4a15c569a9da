/**
 * SolrCloud: writing a corpus into a collection, opening it, and the engine over it; connections, credentials, one-line
 * faults.
 *
 * <p>May use the layers up to query, and store's schema. (ArchitectureTest holds the layers.)
 */
package org.corpex.solr;
