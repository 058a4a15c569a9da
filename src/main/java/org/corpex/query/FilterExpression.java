package org.corpex.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.base.UserInput;
import org.corpex.index.Corpus;
import org.corpex.index.Glob;
import org.corpex.index.Query;
import org.corpex.index.QueryParser;

/**
 * A filter expression: terms ({@code word}, {@code "a phrase"}, {@code invest*}, {@code /regex/}), {@code field:value},
 * {@code has:field}, comparisons ({@code words>500}, {@code date>=2025-03}), combined with AND, OR, NOT (or a leading
 * -), parentheses, and AND implied between neighbours. NOT binds tightest, then AND, then OR.
 */
public final class FilterExpression {
    private final String source;
    private final Expr root;

    private FilterExpression(String source, Expr root) {
        this.source = source;
        this.root = root;
    }

    public static FilterExpression parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new CorpexException("filter: empty expression");
        Parser p = new Parser(s);
        Expr e = p.or();
        if (p.peek() != null) {
            Tok t = p.peek();
            throw p.error(t.type == Type.RPAREN ? "')' without a matching '('" : "unexpected " + t.describe(), t.pos);
        }
        return new FilterExpression(s, e);
    }

    public String source() {
        return source;
    }

    /** Documents of {@code scope} that match. */
    public BitSet evaluate(Corpus corpus, BitSet scope) {
        Set<String> known = Fields.names(corpus);
        check(root, known);
        BitSet b = eval(root, corpus, scope);
        b.and(scope);
        return b;
    }

    /** The term atoms not under NOT: what {@code show --hits} marks. */
    public List<Query> highlights() {
        List<Query> out = new ArrayList<>();
        collect(root, false, out);
        return out;
    }

    private static void collect(Expr e, boolean negated, List<Query> out) {
        if (e instanceof Expr.Term t) {
            if (!negated) out.add(t.query());
        } else if (e instanceof Expr.Not n) collect(n.inner(), !negated, out);
        else if (e instanceof Expr.And a) {
            for (Expr p : a.parts()) collect(p, negated, out);
        } else if (e instanceof Expr.Or o) {
            for (Expr p : o.parts()) collect(p, negated, out);
        }
    }

    // ---- checking and evaluation ----

    private void check(Expr e, Set<String> known) {
        String field = null;
        int pos = 0;
        if (e instanceof Expr.FieldMatch f) {
            field = f.field();
            pos = f.pos();
        } else if (e instanceof Expr.Has h) {
            field = h.field();
            pos = h.pos() + 4;
        } else if (e instanceof Expr.Compare c) {
            field = c.field();
            pos = c.pos();
        } else if (e instanceof Expr.Not n) check(n.inner(), known);
        else if (e instanceof Expr.And a) {
            for (Expr p : a.parts()) check(p, known);
        } else if (e instanceof Expr.Or o) {
            for (Expr p : o.parts()) check(p, known);
        }
        if (field != null && !known.contains(field)) {
            String near = nearest(field, known);
            throw new CorpexException(
                    "filter: unknown field '" + field + "' at column " + (pos + 1)
                            + (near != null ? " (did you mean " + near + "?)" : "") + "; fields: "
                            + String.join(", ", known),
                    caret(source, pos));
        }
    }

    private static String nearest(String f, Set<String> known) {
        return UserInput.nearest(f, known, false);
    }

    private static BitSet all(Corpus c) {
        BitSet b = new BitSet(c.size());
        b.set(0, c.size());
        return b;
    }

    private static BitSet eval(Expr e, Corpus c, BitSet scope) {
        if (e instanceof Expr.And a) {
            // Each part narrows the scope of the next, so later parts look at fewer documents.
            BitSet l = (BitSet) scope.clone();
            for (Expr p : a.parts()) {
                if (l.isEmpty()) break;
                l.and(eval(p, c, l));
            }
            return l;
        }
        if (e instanceof Expr.Or o) {
            BitSet l = new BitSet(c.size());
            for (Expr p : o.parts()) l.or(eval(p, c, scope));
            return l;
        }
        if (e instanceof Expr.Not n) {
            BitSet inner = eval(n.inner(), c, scope);
            BitSet out = (BitSet) scope.clone();
            out.andNot(inner);
            return out;
        }
        if (e instanceof Expr.Term t) {
            BitSet b = c.index().documentsMatching(t.query(), false);
            b.and(scope);
            return b;
        }
        String field = e instanceof Expr.Has h
                ? h.field()
                : e instanceof Expr.Compare cmp ? cmp.field() : e instanceof Expr.FieldMatch f ? f.field() : null;
        if (field != null) Fields.prepare(c, scope, field);
        BitSet out = new BitSet(c.size());
        for (int d = scope.nextSetBit(0); d >= 0; d = scope.nextSetBit(d + 1)) {
            Cancellation.check();
            if (matches(e, c, d)) out.set(d);
        }
        return out;
    }

    private static boolean matches(Expr e, Corpus c, int d) {
        if (e instanceof Expr.Has h) {
            for (String v : Fields.values(c, d, h.field())) if (!v.isBlank()) return true;
            return false;
        }
        if (e instanceof Expr.FieldMatch f) {
            String want = f.value().toLowerCase(Locale.ROOT);
            boolean glob = Glob.isGlob(want);
            for (String v : Fields.values(c, d, f.field())) {
                String have = v.toLowerCase(Locale.ROOT);
                if (glob
                        ? Glob.matches(want, have)
                        : f.field().equals("id") ? have.startsWith(want) : have.contains(want)) return true;
            }
            return false;
        }
        Expr.Compare cmp = (Expr.Compare) e;
        for (String v : Fields.values(c, d, cmp.field())) {
            Integer order = Values.compare(v, cmp.value());
            if (order != null && holds(cmp.op(), order)) return true;
        }
        return false;
    }

    private static boolean holds(String op, int order) {
        return switch (op) {
            case "=" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    static String caret(String expr, int pos) {
        return CorpexException.caret(expr, pos);
    }

    // ---- lexer ----

    enum Type {
        LPAREN,
        RPAREN,
        AND,
        OR,
        NOT,
        ATOM
    }

    /**
     * A token; for atoms, {@code text} is the atom as written (quotes kept) and {@code quoted} whether it is a phrase
     * or regex.
     */
    record Tok(Type type, String text, int pos) {
        String describe() {
            return switch (type) {
                case LPAREN -> "'('";
                case RPAREN -> "')'";
                case ATOM -> "'" + text + "'";
                default -> type.name();
            };
        }
    }

    private static final Pattern FIELD_OP = Pattern.compile("([A-Za-z_][\\w.-]*)(>=|<=|!=|=|>|<)(.*)", Pattern.DOTALL);
    private static final Pattern FIELD_COLON = Pattern.compile("([A-Za-z_][\\w.-]*):(.+)", Pattern.DOTALL);
    private static final Pattern OPERATOR = Pattern.compile(">=|<=|!=|=|>|<");

    /**
     * How deep parentheses and NOTs may nest. The parser and the evaluation recurse once per level, so without a bound
     * 10,000 parentheses end in a StackOverflowError; no real filter comes near this.
     */
    static final int MAX_DEPTH = 1000;

    static final class Parser {
        private final String s;
        private final List<Tok> toks = new ArrayList<>();
        private int i;
        private int depth;

        Parser(String s) {
            this.s = s;
            lex();
            checkDepth();
        }

        /** Fails on nesting deeper than {@link #MAX_DEPTH} before any recursion, at the token that goes too deep. */
        private void checkDepth() {
            int open = 0, nots = 0;
            for (Tok t : toks) {
                if (t.type == Type.LPAREN) open++;
                else if (t.type == Type.RPAREN) open = Math.max(0, open - 1);
                nots = t.type == Type.NOT ? nots + 1 : 0;
                if (open > MAX_DEPTH || nots > MAX_DEPTH) {
                    throw error(
                            "expression nested more than " + String.format(Locale.ROOT, "%,d", MAX_DEPTH)
                                    + " levels deep",
                            t.pos);
                }
            }
        }

        CorpexException error(String what, int pos) {
            return new CorpexException("filter: " + what + " at column " + (pos + 1), caret(s, pos));
        }

        private void lex() {
            int n = s.length();
            int k = 0;
            while (k < n) {
                char c = s.charAt(k);
                if (Character.isWhitespace(c)) {
                    k++;
                    continue;
                }
                if (c == '(') {
                    toks.add(new Tok(Type.LPAREN, "(", k++));
                    continue;
                }
                if (c == ')') {
                    toks.add(new Tok(Type.RPAREN, ")", k++));
                    continue;
                }
                if (c == '-' && k + 1 < n && !Character.isWhitespace(s.charAt(k + 1)) && s.charAt(k + 1) != ')') {
                    toks.add(new Tok(Type.NOT, "-", k++));
                    continue;
                }
                int start = k;
                if (c == '"' || c == '\'') {
                    int close = s.indexOf(c, k + 1);
                    if (close < 0) throw error("unclosed quote", k);
                    if (s.substring(k + 1, close).isBlank()) throw error("empty phrase", k);
                    k = close + 1;
                } else if (c == '/') {
                    k = regexEnd(k);
                    while (k < n && (s.charAt(k) == 'i' || s.charAt(k) == 'c')) k++;
                } else {
                    // A bare word, possibly field:"quoted value" or field>=value.
                    while (k < n && !Character.isWhitespace(s.charAt(k)) && s.charAt(k) != '(' && s.charAt(k) != ')') {
                        char q = s.charAt(k);
                        if ((q == '"' || q == '\'')
                                && k > start
                                && (s.charAt(k - 1) == ':' || "=<>".indexOf(s.charAt(k - 1)) >= 0)) {
                            int close = s.indexOf(q, k + 1);
                            if (close < 0) throw error("unclosed quote", k);
                            k = close + 1;
                        } else {
                            k++;
                        }
                    }
                }
                String word = s.substring(start, k);
                Type t = switch (word) {
                    case "AND", "&&" -> Type.AND;
                    case "OR", "||" -> Type.OR;
                    case "NOT", "!" -> Type.NOT;
                    default -> Type.ATOM;
                };
                toks.add(new Tok(t, word, start));
            }
        }

        private int regexEnd(int open) {
            for (int k = open + 1; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '\\') {
                    k++;
                    continue;
                }
                if (c == '/') return k + 1;
            }
            throw error("unclosed regex (a / is missing)", open);
        }

        Tok peek() {
            return i < toks.size() ? toks.get(i) : null;
        }

        Expr or() {
            List<Expr> parts = new ArrayList<>();
            parts.add(and());
            while (peek() != null && peek().type == Type.OR) {
                i++;
                if (peek() == null || peek().type == Type.RPAREN || peek().type == Type.OR || peek().type == Type.AND) {
                    throw error("expected a term after OR", peek() == null ? s.length() : peek().pos);
                }
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Expr.Or(parts);
        }

        Expr and() {
            List<Expr> parts = new ArrayList<>();
            parts.add(not());
            while (peek() != null && peek().type != Type.OR && peek().type != Type.RPAREN) {
                if (peek().type == Type.AND) {
                    i++;
                    if (peek() == null
                            || peek().type == Type.RPAREN
                            || peek().type == Type.OR
                            || peek().type == Type.AND) {
                        throw error("expected a term after AND", peek() == null ? s.length() : peek().pos);
                    }
                }
                parts.add(not());
            }
            return parts.size() == 1 ? parts.get(0) : new Expr.And(parts);
        }

        /** NOTs in a row without recursion: NOT NOT x is x, so only the parity of the run counts. */
        Expr not() {
            boolean negated = false;
            Tok t;
            while ((t = peek()) != null && t.type == Type.NOT) {
                i++;
                if (peek() == null)
                    throw error("expected a term after " + (t.text.equals("-") ? "-" : "NOT"), s.length());
                negated = !negated;
            }
            if (t == null) throw error("expected a term", s.length());
            Expr e = primary();
            return negated ? new Expr.Not(e) : e;
        }

        Expr primary() {
            Tok t = peek();
            if (t == null) throw error("expected a term", s.length());
            switch (t.type) {
                case LPAREN -> {
                    i++;
                    if (peek() != null && peek().type == Type.RPAREN) throw error("empty parentheses", peek().pos);
                    Expr e = or();
                    if (peek() == null || peek().type != Type.RPAREN) throw error("'(' is not closed", t.pos);
                    i++;
                    return e;
                }
                case RPAREN -> throw error("')' without a matching '('", t.pos);
                case AND, OR -> throw error("expected a term before " + t.type, t.pos);
                default -> {
                    i++;
                    return atom(t);
                }
            }
        }

        private Expr atom(Tok t) {
            String w = t.text;
            if (!w.startsWith("\"") && !w.startsWith("'") && !w.startsWith("/")) {
                // field OP value, with the operator glued or standing alone: words>500, words > 500
                Matcher m = FIELD_OP.matcher(w);
                if (m.matches()) {
                    String value = unquote(m.group(3));
                    if (value.isEmpty()) {
                        Tok next = peek();
                        if (next == null || next.type != Type.ATOM)
                            throw error("comparison " + w + " has no value", t.pos + w.length());
                        i++;
                        value = unquote(next.text);
                    }
                    return new Expr.Compare(m.group(1).toLowerCase(Locale.ROOT), m.group(2), value, t.pos);
                }
                Tok op = peek();
                if (w.matches("[A-Za-z_][\\w.-]*")
                        && op != null
                        && op.type == Type.ATOM
                        && OPERATOR.matcher(op.text).matches()) {
                    i++;
                    Tok v = peek();
                    if (v == null || v.type != Type.ATOM)
                        throw error("comparison " + w + " " + op.text + " has no value", op.pos + op.text.length());
                    i++;
                    return new Expr.Compare(w.toLowerCase(Locale.ROOT), op.text, unquote(v.text), t.pos);
                }
                m = FIELD_COLON.matcher(w);
                if (m.matches() && !m.group(2).startsWith("/")) {
                    String field = m.group(1).toLowerCase(Locale.ROOT);
                    String value = unquote(m.group(2));
                    if (value.isEmpty()) throw error("nothing after " + field + ":", t.pos + field.length() + 1);
                    if (field.equals("has")) return new Expr.Has(value.toLowerCase(Locale.ROOT), t.pos);
                    return new Expr.FieldMatch(field, value, t.pos);
                }
                if (w.endsWith(":")) throw error("nothing after " + w, t.pos + w.length());
            }
            try {
                return new Expr.Term(QueryParser.parse(w, false), t.pos);
            } catch (CorpexException e) {
                throw new CorpexException("filter: " + e.getMessage() + " at column " + (t.pos + 1), caret(s, t.pos));
            }
        }

        private static String unquote(String v) {
            if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                return v.substring(1, v.length() - 1);
            }
            return v;
        }
    }
}
