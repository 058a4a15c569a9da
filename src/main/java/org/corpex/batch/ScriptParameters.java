package org.corpex.batch;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.corpex.base.CorpexException;

/**
 * What a script's parameters stand for, so one analysis runs on many archives: {@code $1} to {@code $9} are the values
 * given with {@code --arg}, in order; {@code ${NAME}} is the value of {@code --param NAME=VALUE}, else of the
 * environment variable NAME; {@code ${NAME:-default}} and {@code ${1:-default}} fall back to the default. As in a
 * shell, nothing is substituted inside single quotes or after a backslash. A bare {@code $5} that no --arg gives stays
 * as written (a corpus of news says "$5 billion"), with a warning; a {@code ${NAME}} that nothing gives, with no
 * default, is an error.
 */
public record ScriptParameters(List<String> args, Map<String, String> named, Map<String, String> env) {
    public ScriptParameters {
        args = List.copyOf(args);
        named = Map.copyOf(named);
        env = Map.copyOf(env);
    }

    public static final ScriptParameters NONE = new ScriptParameters(List.of(), Map.of(), Map.of());

    /** The line with its parameters replaced; {@code warn} hears of a bare $N left as written. */
    public String apply(String line, Consumer<String> warn) {
        if (line.indexOf('$') < 0 || line.strip().startsWith("#")) return line;
        StringBuilder out = new StringBuilder(line.length() + 16);
        boolean single = false, dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && !single && i + 1 < line.length()) {
                out.append(c).append(line.charAt(++i));
                continue;
            }
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
            if (c != '$' || single || i + 1 >= line.length()) {
                out.append(c);
                continue;
            }
            char n = line.charAt(i + 1);
            if (n == '{') {
                int close = line.indexOf('}', i + 2);
                if (close < 0) throw new CorpexException("'${' without its closing '}'");
                String body = line.substring(i + 2, close);
                int dash = body.indexOf(":-");
                String name = dash < 0 ? body : body.substring(0, dash);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*|[1-9][0-9]*")) {
                    throw new CorpexException(
                            "'${" + body + "}': a parameter is a name (letters, digits, _) or a number, as in "
                                    + "${QUERY:-war} or ${1}");
                }
                String v = value(name);
                if (v == null) {
                    if (dash < 0) {
                        throw new CorpexException("${" + name + "} is not given"
                                + (Character.isDigit(name.charAt(0))
                                        ? " (run with --arg VALUE, once for each of $1, $2...)"
                                        : " (run with --param " + name + "=VALUE, or set " + name
                                                + " in the environment, or give a default: ${" + name + ":-VALUE})"));
                    }
                    v = body.substring(dash + 2);
                }
                out.append(v);
                i = close;
            } else if (n >= '1'
                    && n <= '9'
                    && (i + 2 >= line.length()
                            || !Character.isDigit(line.charAt(i + 2))
                                    && line.charAt(i + 2) != '.'
                                    && line.charAt(i + 2) != ',')) {
                int k = n - '1';
                if (k < args.size()) {
                    out.append(args.get(k));
                } else {
                    warn.accept("$" + n + " is not given (no --arg " + (k + 1) + "), so it stays as written");
                    out.append('$').append(n);
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String value(String name) {
        if (Character.isDigit(name.charAt(0))) {
            int k = Integer.parseInt(name) - 1;
            return k < args.size() ? args.get(k) : null;
        }
        String v = named.get(name);
        return v != null ? v : env.get(name);
    }
}
