package org.corpex.index;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where in a text a regex can match, told from the tokens an index holds, so that a search reads a few short windows of
 * the texts instead of every character.
 *
 * <p>The reasoning. Split the regex at its top-level literal spaces into pieces ({@code \d{4} to \d{4}} has three).
 * When no piece can match a blank (no {@code \s}, {@code .}, negated class...), a match is the pieces' matches joined
 * by single spaces, so it covers consecutive runs of non-blank characters ("chunks"): the first piece ends one, a
 * middle piece is a whole one, the last begins one. A piece that ends with letters and digits only ({@code \$\d+},
 * {@code \w+ly}) ends its chunk with them, so the chunk's last token ends with them; a piece that begins with letters
 * and digits begins its chunk's first token; a middle piece made of letters and digits only is a token of its own.
 * Across a single space, the last token of one chunk and the first of the next are consecutive positions. So
 * {@code \d{4} to \d{4}} needs a token ending with four digits, then the token "to", then a token beginning with four
 * digits: a phrase of term patterns, which the postings answer. Each such run of consecutive tokens is a {@link Chain};
 * a literal of three letters or more inside a piece is a chain of one token.
 *
 * <p>What the plan finds is a superset: each candidate gives a window (the chunks a match through it would cover), and
 * the regex itself decides inside the windows, merged where they overlap. Windows begin and end beside blanks, where
 * {@code \b} reads the same as in the whole text, so the matches are exactly those of a scan of the whole text. A regex
 * the reasoning does not cover (an alternation at the top, {@code ^} or {@code $}, a piece that can match a blank or
 * nothing, a quoted part) has no plan, and the text is scanned.
 */
public record RegexPlan(int pieces, List<Chain> chains, List<String> needs) {

    /** Consecutive token positions, one slot each. */
    public record Chain(List<Slot> slots) {}

    /**
     * What one token's folded form must satisfy; the token lies in the chunk of piece {@code piece}. {@code literal} is
     * set when the pattern is letters and digits only (then {@code kind} says how it sits in the term: a fast test, no
     * regex).
     */
    public record Slot(int piece, Kind kind, String literal, Pattern pattern, String first, String last) {
        /**
         * Whether a folded term's first and last characters can be this token's ({@code first} and {@code last} are the
         * characters the pattern's edge atoms match, or null): a test that spares most terms the regex.
         */
        public boolean edges(String term) {
            if (term.isEmpty()) return false;
            return (first == null || first.indexOf(term.charAt(0)) >= 0)
                    && (last == null || last.indexOf(term.charAt(term.length() - 1)) >= 0);
        }

        /** Whether a folded term can be this token. */
        public boolean matches(String term) {
            if (literal != null) {
                return switch (kind) {
                    case WHOLE -> term.equals(literal);
                    case PREFIX -> term.startsWith(literal);
                    case SUFFIX -> term.endsWith(literal);
                    case INSIDE -> term.contains(literal);
                };
            }
            return edges(term) && pattern.matcher(term).find();
        }
    }

    /**
     * The chain a search anchors on: its slots' term ids and occurrences, and which slot is the anchor (the rarest).
     */
    public record Anchor(Chain chain, int[][] ids, long[] counts, int slot) {
        /** The piece whose run of text holds the anchor's token. */
        public int piece() {
            return chain.slots().get(slot).piece();
        }
    }

    /**
     * The chain whose rarest token is rarest, with that token as anchor; null when some token a match needs occurs
     * nowhere (then nothing matches).
     */
    public Anchor anchor(Vocabulary vocab) {
        Anchor best = null;
        for (Chain chain : chains) {
            int n = chain.slots().size();
            int[][] ids = new int[n][];
            long[] counts = new long[n];
            int rarest = 0;
            for (int i = 0; i < n; i++) {
                ids[i] = vocab.matching(chain.slots().get(i));
                if (ids[i].length == 0) return null;
                for (int id : ids[i]) counts[i] += vocab.collectionFrequency(id);
                if (counts[i] < counts[rarest]) rarest = i;
            }
            if (best == null || counts[rarest] < best.counts[best.slot]) best = new Anchor(chain, ids, counts, rarest);
        }
        return best;
    }

    /** How the pattern sits in the term. */
    public enum Kind {
        WHOLE,
        PREFIX,
        SUFFIX,
        INSIDE
    }

    /** The plan for a regex, or empty when it must be scanned. */
    public static Optional<RegexPlan> of(String regex) {
        try {
            return plan(regex);
        } catch (PatternSyntaxException | StackOverflowError e) {
            return Optional.empty(); // a part the reading did not foresee: the regex is scanned, as before plans
        }
    }

    private static Optional<RegexPlan> plan(String regex) {
        List<String> pieces = split(regex);
        if (pieces == null) return Optional.empty();
        int k = pieces.size() - 1;
        List<List<Atom>> atoms = new ArrayList<>();
        for (String p : pieces) {
            List<Atom> a = atoms(p);
            if (a == null || a.isEmpty() || !a.stream().allMatch(x -> x.spaceFree)) return Optional.empty();
            if (canBeEmpty(p)) return Optional.empty();
            atoms.add(a);
        }
        List<Chain> chains = new ArrayList<>();
        List<Slot> run = new ArrayList<>();
        for (int i = 0; i <= k; i++) {
            List<Atom> a = atoms.get(i);
            if (i > 0 && i < k && a.stream().allMatch(x -> x.wordOnly || x.flags)) {
                // A middle piece of letters and digits only: a whole token, linking both sides.
                run.add(slot(i, Kind.WHOLE, a, 0, a.size()));
                continue;
            }
            if (i > 0) {
                int end = 0;
                while (end < a.size() && (a.get(end).wordOnly || a.get(end).flags)) end++;
                Slot first = end > 0 ? slot(i, Kind.PREFIX, a, 0, end) : null;
                if (first != null && !canBeEmpty(first.pattern.pattern())) run.add(first);
            }
            close(chains, run);
            if (i < k) {
                int start = a.size();
                while (start > 0 && (a.get(start - 1).wordOnly || a.get(start - 1).flags)) start--;
                Slot last = start < a.size() ? slot(i, Kind.SUFFIX, a, start, a.size()) : null;
                if (last != null && !canBeEmpty(last.pattern.pattern())) run.add(last);
            }
        }
        close(chains, run);
        // Literals inside a piece: a token holding each.
        for (int i = 0; i <= k; i++) {
            for (String f : Literals.required(pieces.get(i))) {
                chains.add(new Chain(List.of(new Slot(i, Kind.INSIDE, f, null, null, null))));
            }
        }
        if (chains.isEmpty()) return Optional.empty();
        return Optional.of(new RegexPlan(pieces.size(), List.copyOf(chains), needs(regex)));
    }

    /**
     * The literal strings every match contains, in ASCII lower case (blanks and punctuation included, unlike the
     * tokens): a window without one of them is skipped before the regex runs. Only for a regex that has a plan (no
     * alternation at the top, no quoted part).
     */
    static List<String> needs(String regex) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            char lit = 0;
            if (c == '\\' && i + 1 < regex.length()) {
                char e = regex.charAt(++i);
                if (e < 0x80 && !Character.isLetterOrDigit(e) && e > ' ') lit = e;
            } else if (c == '[') {
                i = Math.max(i, classEnd(regex, i));
            } else if (c == '{') {
                i = Math.max(i, regex.indexOf('}', i));
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c >= ' ' && c < 0x7F && "?*+{.^$|".indexOf(c) < 0) {
                lit = c;
            }
            boolean optional = i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0;
            boolean repeated = i + 1 < regex.length() && regex.charAt(i + 1) == '+';
            if (lit != 0 && depth == 0 && c != ')' && !optional) {
                run.append(lit >= 'A' && lit <= 'Z' ? (char) (lit + 32) : lit);
                if (!repeated) continue;
            }
            if (run.length() > 0) out.add(run.toString());
            run.setLength(0);
        }
        if (run.length() > 0) out.add(run.toString());
        return List.copyOf(out);
    }

    private static void close(List<Chain> chains, List<Slot> run) {
        if (!run.isEmpty()) chains.add(new Chain(List.copyOf(run)));
        run.clear();
    }

    private static Slot slot(int piece, Kind kind, List<Atom> atoms, int from, int to) {
        StringBuilder src = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        boolean plain = true;
        for (int i = from; i < to; i++) {
            Atom a = atoms.get(i);
            if (a.flags) continue; // (?i) and the like: the slot is matched case-blind anyway
            src.append(a.source);
            if (a.literal != 0) literal.append(Character.toLowerCase(a.literal));
            else plain = false;
        }
        String body = "(?:" + src + ")";
        String anchored = switch (kind) {
            case WHOLE -> "\\A" + body + "\\z";
            case PREFIX -> "\\A" + body;
            case SUFFIX -> body + "\\z";
            case INSIDE -> body;
        };
        Pattern p = Pattern.compile(anchored, Pattern.CASE_INSENSITIVE);
        // The edge atoms' characters, where the slot is anchored there (flags are no characters).
        int lo = from, hi = to - 1;
        while (lo < to && atoms.get(lo).flags) lo++;
        while (hi >= from && atoms.get(hi).flags) hi--;
        boolean any = lo <= hi;
        String first = any && (kind == Kind.WHOLE || kind == Kind.PREFIX) ? atoms.get(lo).chars : null;
        String last = any && (kind == Kind.WHOLE || kind == Kind.SUFFIX) ? atoms.get(hi).chars : null;
        return new Slot(piece, kind, plain && literal.length() > 0 ? literal.toString() : null, p, first, last);
    }

    private static boolean canBeEmpty(String regex) {
        try {
            return Pattern.compile(regex).matcher("").find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    // ---------------------------------------------------------------- reading the regex

    /** The regex cut at its top-level single literal spaces; null when it has an alternation at the top or a quote. */
    static List<String> split(String regex) {
        if (regex.contains("\\Q")) return null;
        List<String> out = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) return null;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return null;
            } else if (c == ' ' && depth == 0) {
                if (i + 1 < regex.length() && "?*+{".indexOf(regex.charAt(i + 1)) >= 0) return null;
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    /** Index of the ']' closing the class opened at {@code open}, or -1. */
    private static int classEnd(String s, int open) {
        int j = open + 1;
        if (j < s.length() && s.charAt(j) == '^') j++;
        if (j < s.length() && s.charAt(j) == ']') j++;
        while (j < s.length() && s.charAt(j) != ']') {
            if (s.charAt(j) == '[' && j + 1 < s.length() && s.charAt(j + 1) == ':') {
                int close = s.indexOf(":]", j + 2);
                if (close < 0) return -1;
                j = close + 2;
            } else {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
        }
        return j < s.length() ? j : -1;
    }

    /**
     * One atom with its quantifier: {@code spaceFree} when nothing it matches is a blank; {@code wordOnly} when all it
     * matches are ASCII letters and digits (token characters, which a run of never splits); {@code literal} the letter
     * or digit when it is one, once; {@code flags} for a zero-width flag group like (?i).
     */
    private record Atom(
            String source, boolean spaceFree, boolean wordOnly, char literal, boolean flags, String chars) {}

    /** The atoms of a piece, or null for what the plan does not read (anchors, quoted text, a malformed part). */
    private static List<Atom> atoms(String s) {
        List<Atom> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int start = i;
            char c = s.charAt(i);
            boolean spaceFree, wordOnly;
            char literal = 0;
            if (c == '\\') {
                if (i + 1 >= s.length()) return null;
                char e = s.charAt(i + 1);
                i += 2;
                if (e == 'd') {
                    spaceFree = true;
                    wordOnly = true;
                } else if (e == 'w' || e == 'S' || e == 'b' || e == 'B') {
                    spaceFree = true;
                    wordOnly = false;
                } else if (e == 'p' || e == 'P') {
                    return null;
                } else if (e < 0x80 && !Character.isLetterOrDigit(e) && e > ' ') {
                    spaceFree = true; // an escaped punctuation mark: itself
                    wordOnly = false;
                } else {
                    return null; // \s, \W, \D, \x.., \n, \A, \z, octal...: blanks, anchors or codes
                }
            } else if (c == '[') {
                int close = classEnd(s, i);
                if (close < 0) return null;
                String body = s.substring(i + 1, close);
                i = close + 1;
                int[] kinds = classKinds(body);
                if (kinds == null) return null;
                spaceFree = kinds[0] == 1;
                wordOnly = kinds[1] == 1;
            } else if (c == '(') {
                int close = groupEnd(s, i);
                if (close < 0) return null;
                String inner = s.substring(i + 1, close);
                i = close + 1;
                if (inner.startsWith("?")) {
                    int j = 1;
                    while (j < inner.length() && (Character.isLetter(inner.charAt(j)) || inner.charAt(j) == '-')) j++;
                    if (j == inner.length()) {
                        // (?i): flags for what follows; (?s) only changes '.', which no plan reads.
                        out.add(new Atom(s.substring(start, i), true, true, (char) 0, true, null));
                        continue;
                    }
                    if (inner.charAt(j) == ':') inner = inner.substring(j + 1);
                    else if (inner.startsWith("?P<")) inner = inner.substring(inner.indexOf('>') + 1);
                    else return null;
                }
                boolean sf = true, wo = true;
                for (String alt : alternatives(inner)) {
                    List<Atom> a = atoms(alt);
                    if (a == null) return null;
                    for (Atom x : a) {
                        sf &= x.spaceFree;
                        wo &= x.wordOnly;
                    }
                }
                spaceFree = sf;
                wordOnly = wo;
            } else if (c == '^' || c == '$' || c == '.' || c == '|' || c == ')') {
                return null;
            } else {
                i++;
                boolean word = c < 0x80 && Character.isLetterOrDigit(c);
                spaceFree = word || c > ' ' && c < 0x7F;
                wordOnly = word;
                if (word) literal = c;
                if (!spaceFree) return null;
            }
            // The quantifier.
            int quantifierAt = i;
            boolean quantified = false;
            if (i < s.length() && "?*+{".indexOf(s.charAt(i)) >= 0) {
                if (s.charAt(i) == '{') {
                    int close = s.indexOf('}', i);
                    if (close < 0) return null;
                    i = close + 1;
                } else {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == '?') i++;
                quantified = true;
            }
            String quantifier = s.substring(quantifierAt, i);
            boolean once = quantifier.isEmpty() || quantifier.startsWith("+") || quantifier.matches("\\{[1-9].*");
            String one = once && wordOnly ? chars(s.substring(start, quantifierAt)) : null;
            out.add(new Atom(s.substring(start, i), spaceFree, wordOnly, quantified ? 0 : literal, false, one));
        }
        return out;
    }

    /**
     * The folded characters a letters-and-digits atom (a letter, a digit, \\d, a class of ranges) matches, or null for
     * a group or anything else.
     */
    private static String chars(String atom) {
        StringBuilder out = new StringBuilder();
        if (atom.equals("\\d")) return "0123456789";
        if (atom.length() == 1) return String.valueOf(Character.toLowerCase(atom.charAt(0)));
        if (!atom.startsWith("[") || atom.startsWith("[^")) return null;
        String body = atom.substring(1, atom.length() - 1);
        for (int j = 0; j < body.length(); j++) {
            char lo = body.charAt(j);
            if (lo == '\\') {
                if (j + 1 < body.length() && body.charAt(j + 1) == 'd') {
                    out.append("0123456789");
                    j++;
                    continue;
                }
                return null;
            }
            char hi = lo;
            if (j + 2 < body.length() && body.charAt(j + 1) == '-') {
                hi = body.charAt(j + 2);
                j += 2;
            }
            for (char c = lo; c <= hi; c++) out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** The top-level alternatives of a group's body. */
    private static List<String> alternatives(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = Math.max(i, classEnd(s, i));
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /** Index of the ')' closing the group opened at {@code open}, or -1. */
    private static int groupEnd(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') {
                i = classEnd(s, i);
                if (i < 0) return -1;
            } else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /**
     * Of a class's body: {spaceFree, wordOnly} as 1 or 0, or null when unread. Conservative: a negated class, a named
     * class or an escape other than \d, \w and escaped punctuation counts as able to match a blank.
     */
    private static int[] classKinds(String body) {
        if (body.startsWith("^")) return new int[] {0, 0};
        boolean spaceFree = true, wordOnly = true;
        for (int j = 0; j < body.length(); j++) {
            char c = body.charAt(j);
            char lo, hi;
            if (c == '[') return new int[] {0, 0}; // [:alpha:] and the like
            if (c == '\\') {
                if (j + 1 >= body.length()) return null;
                char e = body.charAt(++j);
                if (e == 'd') continue;
                if (e == 'w') {
                    wordOnly = false;
                    continue;
                }
                if (e < 0x80 && !Character.isLetterOrDigit(e) && e > ' ') {
                    lo = e;
                } else {
                    return new int[] {0, 0};
                }
            } else {
                lo = c;
            }
            hi = lo;
            if (j + 2 < body.length() && body.charAt(j + 1) == '-') {
                char h = body.charAt(j + 2);
                if (h == '\\') return new int[] {0, 0};
                hi = h;
                j += 2;
            }
            if (lo <= ' ' || hi >= 0x7F || hi < lo) spaceFree = false;
            if (!(lo >= '0' && hi <= '9' || lo >= 'a' && hi <= 'z' || lo >= 'A' && hi <= 'Z')) wordOnly = false;
        }
        return new int[] {spaceFree ? 1 : 0, spaceFree && wordOnly ? 1 : 0};
    }
}
