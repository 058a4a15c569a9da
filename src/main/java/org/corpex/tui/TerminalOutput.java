package org.corpex.tui;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Buffered output to the terminal, so a frame goes out in a few writes rather than one system call per escape sequence.
 * Lanterna learns the window size by asking for a cursor position report (ESC [ 6 n) and does not flush before waiting
 * for the answer: such a request is sent at once, or every start and resize would wait out Lanterna's 5-second timeout.
 */
final class TerminalOutput extends BufferedOutputStream {
    TerminalOutput(OutputStream out) {
        super(out, 1 << 16);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        if (len >= 4
                && b[off + len - 4] == 27
                && b[off + len - 3] == '['
                && b[off + len - 2] == '6'
                && b[off + len - 1] == 'n') flush();
    }
}
