package org.corpex.bench;

import org.corpex.shell.Shell;

/**
 * trend, count and keywords once loaded (the target: 100 ms each on 200 MB), through the command layer as a user runs
 * them, over the generated sources and dates.
 */
final class TimeSection implements Bench.Section {
    /** label, command line. */
    static final String[][] COMMANDS = {
        {"trend common word by month per source", "trend the --per source"},
        {"trend rare word by week", "trend RARE --by week"},
        {"trend wildcard by quarter, per million", "trend invest* --by quarter --per source --norm permillion"},
        {"count documents by source and month", "count * --by source,month"},
        {"count common word by source", "count the --by source"},
        {"keywords of one source against the rest", "keywords"},
        {"keywords of one source against a filter (the first 18 months)", "keywords --reference date<2023-07"},
        {"freq --dispersion (for comparison)", "freq --dispersion --min 100"},
    };

    @Override
    public void run(Bench.Context c, Bench.Results out) {
        String rare = new CorpusGenerator().word(20_000);
        Shell shell = c.shell();
        for (String[] k : COMMANDS) {
            String line = k[1].replace("RARE", rare);
            boolean keywords = line.startsWith("keywords");
            if (keywords) shell.execute("filter source=\"Harbor Post\"");
            try {
                for (int i = 0; i < 3 * c.runs(); i++) shell.execute(line); // warm the path first
                double ms = c.medianMillis(() -> shell.execute(line));
                out.add("time", k[0], ms, "ms", Double.NaN, line.startsWith("freq") ? "" : "target <= 100 ms");
            } finally {
                if (keywords) shell.execute("reset");
            }
        }
    }
}
