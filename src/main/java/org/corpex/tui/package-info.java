/**
 * The full screen (Lanterna): a view per table kind, drill-downs through Requests, the live kwic, exports of what the
 * screen shows.
 *
 * <p>May use the shell and below; not another front end. (ArchitectureTest holds the layers.)
 */
package org.corpex.tui;
