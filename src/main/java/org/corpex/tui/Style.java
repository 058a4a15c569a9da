package org.corpex.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * How each kind of text looks. With colour off (NO_COLOR, --no-color, TERM=dumb) only bold, underline and reverse are
 * used, which every terminal down to a vt100 draws.
 */
final class Style {
    enum Kind {
        NORMAL,
        BAR,
        HEADER,
        HEADER_CURRENT,
        CURSOR,
        HIT,
        CURRENT_HIT,
        FIGURE,
        ERROR,
        GUTTER,
        GUTTER_CURRENT,
        ADDED,
        REMOVED,
        CONFLICT
    }

    private final boolean color;

    Style(boolean color) {
        this.color = color;
    }

    boolean color() {
        return color;
    }

    void apply(TextGraphics g, Kind k) {
        g.clearModifiers();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        switch (k) {
            case NORMAL -> {}
            case BAR -> {
                if (color) {
                    g.setBackgroundColor(TextColor.ANSI.BLUE);
                    g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
                } else g.enableModifiers(SGR.REVERSE);
            }
            case HEADER -> g.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
            case HEADER_CURRENT -> g.enableModifiers(SGR.BOLD, SGR.REVERSE);
            case CURSOR -> g.enableModifiers(SGR.REVERSE);
            case HIT -> {
                if (color) {
                    g.setBackgroundColor(TextColor.ANSI.YELLOW);
                    g.setForegroundColor(TextColor.ANSI.BLACK);
                } else g.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
            }
            case CURRENT_HIT -> g.enableModifiers(SGR.BOLD, SGR.REVERSE);
            case FIGURE -> {
                if (color) g.setForegroundColor(TextColor.ANSI.CYAN_BRIGHT);
                g.enableModifiers(SGR.UNDERLINE);
            }
            case ERROR -> {
                if (color) g.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
                g.enableModifiers(SGR.BOLD);
            }
            case GUTTER -> {
                if (color) g.setForegroundColor(TextColor.ANSI.BLACK_BRIGHT);
            }
            case GUTTER_CURRENT -> g.enableModifiers(SGR.REVERSE);
            case ADDED -> {
                if (color) g.setForegroundColor(TextColor.ANSI.GREEN_BRIGHT);
                else g.enableModifiers(SGR.BOLD);
            }
            case REMOVED -> {
                if (color) g.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
                else g.enableModifiers(SGR.UNDERLINE);
            }
            case CONFLICT -> {
                if (color) {
                    g.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
                    g.enableModifiers(SGR.BOLD);
                } else g.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
            }
        }
    }
}
