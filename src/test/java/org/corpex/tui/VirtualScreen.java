package org.corpex.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.corpex.shell.Shell;

/**
 * The full screen on Lanterna's virtual terminal: keys go in as a terminal would deliver them, each followed by a
 * frame, and the screen is read back cell by cell from the terminal's buffer (what refresh() actually sent), not from
 * our own state.
 */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final FullScreen fs;

    private VirtualScreen(Shell shell, int cols, int rows) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            fs = new FullScreen(shell, screen);
            fs.render();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VirtualScreen of(Shell shell, int cols, int rows) {
        return new VirtualScreen(shell, cols, rows);
    }

    static VirtualScreen of(Shell shell) {
        return of(shell, 100, 30);
    }

    /** Types each character as a key press. */
    VirtualScreen type(String keys) {
        keys.codePoints().forEach(cp -> key(new KeyStroke((char) cp, false, false)));
        return this;
    }

    VirtualScreen press(KeyType t) {
        return key(new KeyStroke(t));
    }

    VirtualScreen ctrl(char c) {
        return key(new KeyStroke(c, true, false));
    }

    VirtualScreen key(KeyStroke k) {
        fs.handle(k);
        frame();
        return this;
    }

    /** Resizes the terminal as a window resize would, then lets the screen notice it. */
    VirtualScreen resize(int cols, int rows) {
        terminal.setTerminalSize(new TerminalSize(cols, rows));
        screen.doResizeIfNecessary();
        frame();
        return this;
    }

    private void frame() {
        try {
            fs.render();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int rows() {
        return terminal.getTerminalSize().getRows();
    }

    int cols() {
        return terminal.getTerminalSize().getColumns();
    }

    /** One row as text; a wide character's second cell is skipped, so the string reads naturally. */
    String line(int row) {
        if (row < 0) row += rows();
        StringBuilder b = new StringBuilder();
        for (int col = 0; col < cols(); col++) {
            TextCharacter c = terminal.getCharacter(col, row);
            b.append(c.getCharacterString());
            if (c.isDoubleWidth()) col++;
        }
        return b.toString().stripTrailing();
    }

    /** A row from display column {@code col} on. */
    String from(int row, int col) {
        StringBuilder b = new StringBuilder();
        for (int c = col; c < cols(); c++) {
            TextCharacter ch = terminal.getCharacter(c, row);
            b.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) c++;
        }
        return b.toString().stripTrailing();
    }

    /** The whole screen, one line per row. */
    String text() {
        List<String> l = new ArrayList<>();
        for (int r = 0; r < rows(); r++) l.add(line(r));
        return String.join("\n", l);
    }

    TextCharacter at(int col, int row) {
        return terminal.getCharacter(col, row);
    }

    /** Display column where {@code s} starts on a row (wide characters count two), or -1. */
    int column(int row, String s) {
        String l = line(row);
        int i = l.indexOf(s);
        return i < 0 ? -1 : Canvas.width(l.substring(0, i));
    }

    boolean reversed(int col, int row) {
        return at(col, row).getModifiers().contains(SGR.REVERSE);
    }

    /** The first row holding {@code s}, or -1. */
    int rowOf(String s) {
        for (int r = 0; r < rows(); r++) if (line(r).contains(s)) return r;
        return -1;
    }
}
