package org.corpex.bench;

import java.util.Arrays;
import java.util.stream.Stream;
import org.corpex.index.Index;
import org.corpex.index.Query;
import org.corpex.index.QueryParser;
import org.corpex.shell.Shell;

/**
 * Median latency of a KWIC query once loaded (the first 100 lines and the total count), for a rare word, a common word,
 * a phrase, a wildcard and a regex, beside ripgrep on the same files.
 */
final class KwicSection implements Bench.Section {
    /** label, corpex query, ripgrep arguments for the same search. */
    static final String[][] QUERIES = {
        {"rare word", "RARE", "-i -w --count-matches RARE"},
        {"common word", "the", "-i -w --count-matches the"},
        {"phrase", "\"data centers\"", "-i -w --count-matches data\\s+centers"},
        {"wildcard", "invest*", "-i -w --count-matches invest\\w*"},
        {"regex", "/\\$\\d+ billion/", "--count-matches \\$\\d+ billion"},
    };

    @Override
    public void run(Bench.Context c, Bench.Results out) {
        String rare = new CorpusGenerator().word(20_000);
        Shell shell = c.shell();
        Index index = shell.session().corpus().index();
        // Warm the whole command path (parser, search, rows) first, so the first query measured
        // does not pay for the JIT compiling it.
        for (int i = 0; i < 20 * c.runs(); i++) {
            for (String[] q : QUERIES)
                if (!q[0].equals("regex")) shell.execute("kwic " + q[1].replace("RARE", rare) + " --limit 100");
        }
        for (String[] q : QUERIES) {
            String query = q[1].replace("RARE", rare);
            Query parsed = QueryParser.parse(query, false);
            long[] total = {index.find(parsed, null, false, 0).total()};
            // Through the command layer, as a user runs it: the first 100 concordance lines and the total.
            double ms = c.medianMillis(() -> shell.execute("kwic " + query + " --limit 100"));
            double rg = c.ripgrepMillis(rgArgs(q[2].replace("RARE", rare)));
            out.add("kwic", q[0] + " " + query, ms, "ms", rg, total[0] + " hits");
        }
    }

    /** Splits on spaces, except the one in the regex, which the user would have quoted. */
    static String[] rgArgs(String s) {
        int count = s.indexOf("--count-matches ") + "--count-matches ".length();
        String flags = s.substring(0, count).strip();
        return Stream.concat(Arrays.stream(flags.split(" ")), Stream.of("--", s.substring(count)))
                .toArray(String[]::new);
    }
}
