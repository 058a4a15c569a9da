/**
 * Wiring: reads corpex's own command line, loads the corpus, picks the front end (batch, prompt, full screen) or runs a
 * tool (index, provenance, replay).
 *
 * <p>May use every package; none may use it. (ArchitectureTest holds the layers.)
 */
package org.corpex;
