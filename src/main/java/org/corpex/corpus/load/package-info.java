/**
 * Loaders: files, folders, globs, archives (zip, tar, gz, WARC), feeds, office documents, web pages (main text), field
 * profiles and sidecars, each made into Documents.
 *
 * <p>May use base, table and corpus. (ArchitectureTest holds the layers.)
 */
package org.corpex.corpus.load;
