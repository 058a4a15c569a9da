package org.corpex.table;

/**
 * A named, typed column. Numbers are right-aligned on screen and written unquoted in JSON. {@code align} and
 * {@code highlight} are screen hints only (exports ignore them): a concordance's left context is right-aligned so that
 * the matches line up, and its match column is highlighted.
 */
public record Column(String name, Type type, Align align, boolean highlight) {
    public enum Type {
        TEXT,
        INTEGER,
        NUMBER
    }

    /** AUTO: numbers right, text left. A RIGHT text column loses its start, not its end, when cut. */
    public enum Align {
        AUTO,
        LEFT,
        RIGHT
    }

    public Column(String name, Type type) {
        this(name, type, Align.AUTO, false);
    }

    public static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    public static Column integer(String name) {
        return new Column(name, Type.INTEGER);
    }

    public static Column number(String name) {
        return new Column(name, Type.NUMBER);
    }

    public Column aligned(Align a) {
        return new Column(name, type, a, highlight);
    }

    public Column highlighted() {
        return new Column(name, type, align, true);
    }

    public boolean numeric() {
        return type != Type.TEXT;
    }

    /** True when the screen pads this column on the left. */
    public boolean alignRight() {
        return align == Align.RIGHT || align == Align.AUTO && numeric();
    }
}
