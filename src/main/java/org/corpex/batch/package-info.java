/**
 * The batch front end: commands from -c, -f or a pipe, errors as SOURCE:LINE, exit statuses.
 *
 * <p>May use the shell and below; not another front end. (ArchitectureTest holds the layers.)
 */
package org.corpex.batch;
