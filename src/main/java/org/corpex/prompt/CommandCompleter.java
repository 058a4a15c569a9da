package org.corpex.prompt;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.corpex.base.UserInput;
import org.corpex.corpus.Document;
import org.corpex.index.Corpus;
import org.corpex.index.Index;
import org.corpex.query.Fields;
import org.corpex.session.Candidates;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.shell.Commands;
import org.corpex.shell.LineModel;
import org.corpex.table.Format;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion read from the picocli model the shell parses with: command names, each command's options, option
 * values (from {@code completionCandidates} or enum types), and, for the session-dependent kinds of {@link Candidates},
 * document ids, corpus words, filter fields and file names. Adding a command to the registry makes it complete; nothing
 * here lists commands.
 */
public final class CommandCompleter implements Completer {
    /** At most this many corpus words are offered at once (a vocabulary can be a million words). */
    static final int MAX_WORDS = 200;

    /** What kind of thing a position takes. */
    enum Kind {
        COMMANDS,
        FILES,
        DOCUMENTS,
        WORDS,
        FILTER,
        FORMATS,
        FIXED,
        NOTHING
    }

    private final Map<String, CommandLine> commands;
    private final Session session;

    /** Completes against {@code commands} (the shell's picocli model) and the session's corpus. */
    public CommandCompleter(Map<String, CommandLine> commands, Session session) {
        this.commands = commands;
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        out.addAll(candidates(line.words(), line.wordIndex(), line.word().substring(0, line.wordCursor())));
    }

    /** Candidates for word {@code index} of {@code words}, whose typed part is {@code prefix}. */
    public List<Candidate> candidates(List<String> words, int index, String prefix) {
        List<Candidate> out = new ArrayList<>();
        if (index == 0) {
            commands(out);
            return out;
        }
        CommandLine cmd = commands.get(words.get(0));
        CommandSpec spec = cmd == null ? null : cmd.getCommandSpec();
        boolean expression = cmd != null && cmd.getCommand() instanceof CorpexCommand.RawArguments;
        // The words before this one and the one being typed, by the rules the shell runs them by.
        List<LineModel.Word> model = new ArrayList<>();
        for (int i = 0; i < index; i++) model.add(new LineModel.Word(words.get(i), false));
        model.add(new LineModel.Word(prefix, false));
        List<LineModel.Role> roles = LineModel.roles(model, spec, expression);
        // A redirect: > FILE, >> FILE, >FILE.
        if (roles.get(index) == LineModel.Role.REDIRECT) {
            String previous = words.get(index - 1);
            if (previous.equals(">") || previous.equals(">>")) {
                files(prefix, "", out);
            } else if (prefix.startsWith(">")) {
                String op = prefix.startsWith(">>") ? ">>" : ">";
                files(prefix.substring(op.length()), op, out);
            }
            return out;
        }
        if (cmd == null) return out;

        // Which option waits for a value, how many positionals came before.
        OptionSpec pending = null;
        boolean optionsEnded = false;
        List<String> positionals = new ArrayList<>();
        for (int i = 1; i < index; i++) {
            switch (roles.get(i)) {
                case OPTION -> {
                    OptionSpec o = LineModel.option(spec, words.get(i));
                    if (o != null && o.arity().max() > 0 && !words.get(i).contains("=")) pending = o;
                }
                case OPTION_VALUE -> pending = null;
                case END_OF_OPTIONS -> optionsEnded = true;
                case POSITIONAL -> positionals.add(words.get(i));
                default -> {}
            }
        }
        if (roles.get(index) != LineModel.Role.OPTION_VALUE) pending = null;
        if (pending != null) {
            values(pending, prefix, "", out);
            return out;
        }
        if (!optionsEnded && prefix.startsWith("-")) {
            int eq = prefix.indexOf('=');
            if (eq > 0) {
                OptionSpec o = spec.findOption(prefix.substring(0, eq));
                if (o != null) values(o, prefix.substring(eq + 1), prefix.substring(0, eq + 1), out);
                return out;
            }
            options(spec, out);
            return out;
        }
        PositionalParamSpec p = positional(spec, positionals.size());
        if (p == null) return out;
        if (cmd.getCommand() instanceof Candidates.DependOnEarlierWords d && p.completionCandidates() == null) {
            for (String v : d.candidates(positionals)) out.add(new Candidate(v));
            return out;
        }
        values(p, prefix, "", out);
        return out;
    }

    private void commands(List<Candidate> out) {
        Set<CommandLine> seen = new HashSet<>();
        for (Map.Entry<String, CommandLine> e : commands.entrySet()) {
            CommandLine c = e.getValue();
            String[] d = c.getCommandSpec().usageMessage().description();
            boolean alias = !seen.add(c);
            out.add(new Candidate(
                    e.getKey(), e.getKey(), alias ? "aliases" : null, d.length == 0 ? null : d[0], null, null, true));
        }
    }

    private static void options(CommandSpec spec, List<Candidate> out) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            String[] d = o.description();
            for (String name : o.names()) {
                out.add(new Candidate(name, name, null, d.length == 0 ? null : d[0], null, null, true));
            }
        }
    }

    private static PositionalParamSpec positional(CommandSpec spec, int n) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) continue;
            if (p.index().contains(n)) return p;
        }
        return null;
    }

    /** Values for an option or positional; {@code lead} is kept in front (--name=, or an earlier split part). */
    private void values(ArgSpec arg, String prefix, String lead, List<Candidate> out) {
        String split = arg.splitRegex();
        // A fixed list given as one comma-separated value (--sort L1,R1) completes part by part too.
        if ((split == null || split.isEmpty()) && prefix.contains(",") && kind(arg) == Kind.FIXED) split = ",";
        if (split != null && !split.isEmpty()) {
            // A list like L1,R1: complete the last part, keep the earlier ones.
            String[] parts = prefix.split(split, -1);
            if (parts.length > 1) {
                String last = parts[parts.length - 1];
                lead = lead + prefix.substring(0, prefix.length() - last.length());
                prefix = last;
            }
        }
        Kind kind = kind(arg);
        switch (kind) {
            case COMMANDS -> {
                List<Candidate> cs = new ArrayList<>();
                commands(cs);
                for (Candidate c : cs) out.add(prefixed(lead, c));
            }
            case FILES -> files(prefix, lead, out);
            case DOCUMENTS -> documents(lead, out);
            case WORDS -> words(prefix, lead, 0, out);
            case FILTER -> filterTerms(prefix, lead, out);
            case FORMATS -> {
                for (Format f : Format.values()) out.add(new Candidate(lead + f));
            }
            case FIXED -> {
                boolean more = split != null && !split.isEmpty();
                for (String v : arg.completionCandidates()) {
                    out.add(new Candidate(lead + v, v, null, null, null, null, !more));
                }
            }
            case NOTHING -> {}
        }
    }

    static Kind kind(ArgSpec arg) {
        Iterable<String> given = arg.completionCandidates();
        if (given instanceof Candidates.DocumentIds) return Kind.DOCUMENTS;
        if (given instanceof Candidates.CorpusWords) return Kind.WORDS;
        if (given instanceof Candidates.FilterTerms) return Kind.FILTER;
        if (given instanceof Candidates.Files) return Kind.FILES;
        if (given instanceof Commands.CommandNames) return Kind.COMMANDS;
        if (given != null) return Kind.FIXED;
        String label = arg.paramLabel().replaceAll("[<>\\[\\].]", "").toUpperCase(Locale.ROOT);
        return switch (label) {
            case "FILE", "PATH", "DIR", "FOLDER", "OUTPUT", "INPUT" -> Kind.FILES;
            case "DOC", "DOCS", "DOCUMENT", "ID" -> Kind.DOCUMENTS;
            case "FORMAT" -> Kind.FORMATS;
            case "QUERY", "WORD", "TERM", "PATTERN" -> Kind.WORDS;
            case "EXPR", "EXPRESSION", "FILTER" -> Kind.FILTER;
            case "COMMAND", "CMD" -> Kind.COMMANDS;
            default -> Kind.NOTHING;
        };
    }

    private static Candidate prefixed(String lead, Candidate c) {
        if (lead.isEmpty()) return c;
        return new Candidate(
                lead + c.value(), c.displ(), c.group(), c.descr(), c.suffix(), c.key(), c.complete(), c.sort());
    }

    private void documents(String lead, List<Candidate> out) {
        for (Document d : corpus().documents()) {
            out.add(new Candidate(
                    lead + d.id(), d.id(), null, d.title().isEmpty() ? null : d.title(), null, null, true));
        }
    }

    /**
     * Corpus words starting with {@code prefix}, most frequent first (the sort key keeps that order). A bounded heap
     * keeps the top {@link #MAX_WORDS}, so a vocabulary of millions is one pass and no sort; the empty prefix, asked on
     * every Tab after a space, is kept per corpus.
     */
    private void words(String prefix, String lead, int sortBase, List<Candidate> out) {
        Index index = corpus().index();
        String p = Index.fold(prefix);
        int[] top;
        if (p.isEmpty() && cachedIndex == index) {
            top = cachedTop;
        } else {
            top = topTerms(index, p);
            if (p.isEmpty()) {
                cachedIndex = index;
                cachedTop = top;
            }
        }
        for (int i = 0; i < top.length; i++) {
            String t = index.term(top[i]);
            out.add(new Candidate(lead + t, t, null, null, null, null, true, sortBase + i));
        }
    }

    private Index cachedIndex;
    private int[] cachedTop;

    /** Ids of the most frequent word-like terms starting with {@code p}, most frequent first. */
    static int[] topTerms(Index index, String p) {
        // Min-heap on (frequency, then reverse term order): the root is the weakest kept.
        Comparator<Integer> weaker = (a, b) -> {
            int fa = index.termFrequency(a), fb = index.termFrequency(b);
            return fa != fb ? Integer.compare(fa, fb) : index.term(b).compareTo(index.term(a));
        };
        PriorityQueue<Integer> heap = new PriorityQueue<>(MAX_WORDS + 1, weaker);
        for (int id = 0; id < index.vocabularySize(); id++) {
            if (heap.size() == MAX_WORDS && index.termFrequency(id) < index.termFrequency(heap.peek())) continue;
            String t = index.term(id);
            if (!t.startsWith(p) || !wordLike(t)) continue;
            heap.add(id);
            if (heap.size() > MAX_WORDS) heap.poll();
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) out[i] = heap.poll();
        return out;
    }

    private static boolean wordLike(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isLetterOrDigit(t.charAt(i))) return true;
        return false;
    }

    /** In a filter: field: forms, values of a field after field:, and corpus words. */
    private void filterTerms(String prefix, String lead, List<Candidate> out) {
        // Operators and brackets glue to words: complete after them.
        int cut = 0;
        while (cut < prefix.length() && (prefix.charAt(cut) == '(' || prefix.charAt(cut) == '-')) cut++;
        if (cut > 0) {
            lead = lead + prefix.substring(0, cut);
            prefix = prefix.substring(cut);
        }
        // field:value (contains) and field=value (equals) both complete the field's values; field<=... compares, with
        // no list.
        int colon = -1;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == ':' || c == '=') {
                colon = i > 0 && "<>!".indexOf(prefix.charAt(i - 1)) >= 0 ? -2 : i;
                break;
            }
        }
        if (colon == -2) return;
        Map<String, Set<String>> fields = fields();
        if (colon > 0) {
            String field = prefix.substring(0, colon).toLowerCase(Locale.ROOT);
            String head = lead + prefix.substring(0, colon + 1);
            if (field.equals("id")) {
                for (Document d : corpus().documents()) {
                    out.add(new Candidate(
                            head + d.id(), d.id(), null, d.title().isEmpty() ? null : d.title(), null, null, true));
                }
                return;
            }
            Set<String> values = fields.get(field);
            if (values != null) {
                for (String v : values) out.add(new Candidate(head + v, v, null, null, null, null, true));
            }
            return;
        }
        int i = 0;
        for (String f : fields.keySet()) {
            out.add(new Candidate(lead + f + ":", f + ":", "fields", null, null, null, false, -1000 + i++));
        }
        words(prefix, lead, 0, out);
    }

    /**
     * Field names a filter can name (the one list the filter language uses: fixed fields, the corpus's metadata, the
     * figures' kinds), with the values the corpus has for each (a few).
     */
    private Map<String, Set<String>> fields() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String f : Fields.names(corpus())) out.put(f, new LinkedHashSet<>());
        for (Document d : corpus().documents()) {
            addValue(out.get("source"), d.source());
            addValue(out.get("date"), d.date());
            for (Map.Entry<String, String> m : d.meta().entrySet()) {
                addValue(
                        out.computeIfAbsent(m.getKey().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()),
                        m.getValue());
            }
        }
        return out;
    }

    private static void addValue(Set<String> values, String v) {
        if (v == null || v.isBlank() || values.size() >= 100) return;
        values.add(v.strip().toLowerCase(Locale.ROOT));
    }

    private Corpus corpus() {
        return session.corpus();
    }

    /** File and folder names under the folder {@code prefix} names; folders end in / and stay open. */
    static void files(String prefix, String lead, List<Candidate> out) {
        String expanded = UserInput.expandHome(prefix);
        int slash = expanded.lastIndexOf('/');
        String dirPart = slash >= 0 ? expanded.substring(0, slash + 1) : "";
        String namePart = slash >= 0 ? expanded.substring(slash + 1) : expanded;
        String typedDir = prefix.lastIndexOf('/') >= 0 ? prefix.substring(0, prefix.lastIndexOf('/') + 1) : "";
        Path dir = dirPart.isEmpty() ? Path.of("") : Path.of(dirPart);
        Path listed = dir.toString().isEmpty() ? Path.of(".") : dir;
        if (!Files.isDirectory(listed)) return;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(listed)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && !namePart.startsWith(".")) continue;
                if (!name.startsWith(namePart)) continue;
                boolean isDir = Files.isDirectory(p);
                String value = lead + typedDir + name + (isDir ? "/" : "");
                out.add(new Candidate(value, name + (isDir ? "/" : ""), null, null, null, null, !isDir));
            }
        } catch (IOException | SecurityException e) {
            // an unreadable folder offers nothing
        }
    }
}
