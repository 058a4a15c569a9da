package org.corpex.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.session.Candidates;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Format;
import org.corpex.table.Provenance;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "set",
        description = {
            "Show or change a setting: set format csv, set color off, set width 100 (or auto), set pager off,",
            "set timeout 300 (seconds a command may search before it is stopped; 0 for no limit),",
            "set provenance off (exports without their record; header: a CSV's or TSV's record in a commented header).",
            "Without arguments, lists the settings."
        })
public final class SetCommand implements CorpexCommand, Candidates.DependOnEarlierWords {

    /** The settings, with the values each takes (for completion and for the error message). */
    enum Setting {
        FORMAT("text", "csv", "tsv", "json", "jsonl"),
        COLOR("on", "off"),
        WIDTH("auto", "80", "100", "120", "0"),
        PAGER("on", "off"),
        TIMEOUT("60", "300", "0"),
        PROVENANCE("on", "off", "header");

        final List<String> values;

        Setting(String... values) {
            this.values = List.of(values);
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Setting of(String name) {
            for (Setting s : values()) if (s.key().equals(name.toLowerCase(Locale.ROOT))) return s;
            throw new CorpexException(
                    "set: no setting '" + name + "' (settings: format, color, width, pager, timeout, provenance)");
        }
    }

    /** The setting names, for completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Setting.values()).map(Setting::key).iterator();
        }
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "NAME",
            completionCandidates = Names.class,
            description = "format, color, width, pager, timeout or provenance.")
    String name;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "VALUE",
            description = "The new value; without it, shows the setting.")
    String value;

    @Override
    public List<String> candidates(List<String> earlier) {
        if (earlier.size() != 1) return List.of();
        try {
            return Setting.of(earlier.get(0)).values;
        } catch (CorpexException e) {
            return List.of();
        }
    }

    @Override
    public Table run(Session session) {
        Session.Settings st = session.settings();
        if (name == null) return list(st, Arrays.asList(Setting.values()));
        Setting s = Setting.of(name);
        if (value == null) return list(st, List.of(s));
        String v = value.toLowerCase(Locale.ROOT);
        switch (s) {
            case FORMAT -> {
                try {
                    st.format = Format.parse(v);
                } catch (Choice.Unknown e) {
                    throw new CorpexException("set format " + e.getMessage());
                }
            }
            case COLOR -> st.color = onOff(s, v);
            case PAGER -> st.pager = onOff(s, v);
            case PROVENANCE -> st.provenance = Provenance.Placement.parse(v, "set provenance");
            case TIMEOUT -> {
                try {
                    double secs = Double.parseDouble(v.endsWith("s") ? v.substring(0, v.length() - 1) : v);
                    if (!(secs >= 0) || secs > 1e9) throw new NumberFormatException();
                    st.timeoutMillis = Math.round(secs * 1000);
                } catch (NumberFormatException e) {
                    throw new CorpexException(
                            "set timeout: '" + value + "' is not a number of seconds (0 for no limit)");
                }
            }
            case WIDTH -> {
                if (v.equals("auto")) {
                    st.autoWidth = true;
                } else {
                    try {
                        int w = Integer.parseInt(v);
                        if (w < 0 || (w > 0 && w < 20)) throw new NumberFormatException();
                        st.width = w;
                        st.autoWidth = false;
                    } catch (NumberFormatException e) {
                        throw new CorpexException("set width: '" + value
                                + "' is not auto, 0 (no cutting) or a number of columns from 20 up");
                    }
                }
            }
        }
        return Table.message("set", s.key() + " is now " + shown(st, s));
    }

    private static boolean onOff(Setting s, String v) {
        return switch (v) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new CorpexException("set " + s.key() + ": '" + v + "' is not on or off");
        };
    }

    private static Table list(Session.Settings st, List<Setting> which) {
        Table.Builder b =
                new Table.Builder("settings").text("setting").text("value").text("values");
        for (Setting s : which) b.row(s.key(), shown(st, s), String.join(" ", s.values));
        return b.build();
    }

    private static String shown(Session.Settings st, Setting s) {
        return switch (s) {
            case FORMAT -> st.format.toString();
            case COLOR -> st.color ? "on" : "off";
            case PAGER -> st.pager ? "on" : "off";
            case PROVENANCE ->
                switch (st.provenance) {
                    case OFF -> "off";
                    case AUTO -> "on";
                    case HEADER -> "header";
                };
            case TIMEOUT -> st.timeoutMillis == 0 ? "0 (no limit)" : Table.format(st.timeoutMillis / 1000.0);
            case WIDTH -> st.autoWidth && st.interactive ? "auto (" + st.width + ")" : String.valueOf(st.width);
        };
    }

    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Setting s : Setting.values()) out.add(s.key());
        return out;
    }
}
