package org.corpex.table;

/** A named, typed column. Numbers are right-aligned on screen and written unquoted in JSON. */
public record Column(String name, Type type) {
    public enum Type { TEXT, INTEGER, NUMBER }

    public static Column text(String name) { return new Column(name, Type.TEXT); }
    public static Column integer(String name) { return new Column(name, Type.INTEGER); }
    public static Column number(String name) { return new Column(name, Type.NUMBER); }

    public boolean numeric() { return type != Type.TEXT; }
}
