/**
 * The engine interface every command asks (Index: what matches, where, how often), the in-memory engine, the query
 * language and free-regex scans; Corpus, a set of documents with its engine.
 *
 * <p>May use base, table, corpus and language. (ArchitectureTest holds the layers.)
 */
package org.corpex.index;
