package org.corpex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic news corpus: thousands of .txt files whose words follow a Zipf distribution, with figures
 * embedded in the sentences ("$53 billion", "up 8%", "30 new data centers", "between 2025 and 2028"), each with a
 * source and (but one in 29) a date in front matter, so trend, count and keywords have something to break down. The
 * same size always gives the same bytes, so timings on two machines or two commits are comparable.
 */
public final class CorpusGenerator {
    /** Average document size; 200 MB gives about 12,800 files. */
    static final int AVERAGE_DOC_BYTES = 16 * 1024;

    private static final long SEED = 0xC0_4E_E5L;

    /** Words at the top of the distribution, so common-word queries look like real ones. */
    private static final String[] COMMON =
            ("the of and to in a that for is on said with was as it by at from its be has have are an will "
                            + "this which or but not were had been billion million company year percent more than "
                            + "new also "
                            + "market would after about could their they over data cloud investment shares growth "
                            + "revenue "
                            + "analysts quarter technology first last people years government investors china "
                            + "chinese deal "
                            + "business services while chief executive since three next")
                    .split(" ");

    private static final String[] SYLLABLES =
            ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
                            + "pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi "
                            + "zo an en "
                            + "in on un ar er ir or ur al el il ol ul ing tion ment ness est ers ly ic ous")
                    .split(" ");
    private static final String[] FIGURES = {
        "$%d billion",
        "$%d.%d billion",
        "up %d%%",
        "down %d.%d%%",
        "%d new data centers",
        "between 20%d and 20%d",
        "nearly %d%%",
        "about %d million users",
        "%d,%03d jobs",
        "over the next %d years",
        "in 20%02d",
        "%d billion yuan",
        "more than %d%%",
        "$%d million",
        "rose %d%% to $%d.%d billion"
    };

    /** Made-up outlets: trend, count and keywords break the corpus down by them. */
    static final String[] SOURCES = {
        "Harbor Post",
        "Daily Ledger",
        "Northern Wire",
        "Market Courier",
        "Evening Gazette",
        "Coastal Times",
        "Valley Herald",
        "Capital Dispatch",
        "Morning Star Review",
        "Metro Bulletin",
        "Pacific Record",
        "Summit Journal"
    };
    /** The days the documents are spread over, from 2022-01-01: three years. */
    static final int DAYS = 1096;

    private final String[] vocabulary;
    private final double[] cumulative;

    public CorpusGenerator() {
        Random r = new Random(SEED);
        int size = 60_000;
        vocabulary = new String[size];
        Set<String> seen = new HashSet<>();
        int k = 0;
        for (String w : COMMON) {
            vocabulary[k++] = w;
            seen.add(w);
        }
        // Inflected families ("invest", "invests", "investing"...) so wildcards have work to do.
        for (String w :
                new String[] {"invest", "invests", "invested", "investing", "investor", "investors", "investments"}) {
            if (seen.add(w)) vocabulary[k++] = w;
        }
        while (k < size) {
            int n = 1 + r.nextInt(4);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            String w = b.toString();
            if (seen.add(w)) vocabulary[k++] = w;
        }
        cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.07);
            cumulative[i] = sum;
        }
        for (int i = 0; i < size; i++) cumulative[i] /= sum;
    }

    /** The word of this frequency rank (0 is the most common). */
    public String word(int rank) {
        return vocabulary[rank];
    }

    private String sample(Random r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return vocabulary[Math.min(vocabulary.length - 1, i >= 0 ? i : -i - 1)];
    }

    /**
     * Writes files 000000.txt, 000001.txt... of about {@code bytes} in all into {@code dir}; returns the file count.
     */
    public int generate(long bytes, Path dir) {
        try {
            Files.createDirectories(dir);
            long written = 0;
            int doc = 0;
            while (written < bytes) {
                long left = bytes - written;
                String text = document(doc, left);
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(String.format(Locale.ROOT, "%06d.txt", doc)), b);
                written += b.length;
                doc++;
            }
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document number {@code n}: a headline, then paragraphs of sentences; at most {@code maxBytes} long, roughly. */
    public String document(int n, long maxBytes) {
        Random r = new Random(SEED * 31 + n);
        int target = (int) Math.min(maxBytes, AVERAGE_DOC_BYTES / 4 + r.nextInt(AVERAGE_DOC_BYTES * 3 / 2));
        StringBuilder b = new StringBuilder(target + 256);
        // A source and a publication date in front matter, from a generator of their own so the
        // text is what it was before dates were added; one document in 29 is undated.
        Random m = new Random(SEED * 17 + n);
        b.append("---\nsource: ").append(SOURCES[m.nextInt(SOURCES.length)]).append('\n');
        if (n % 29 != 28)
            b.append("date: ")
                    .append(LocalDate.of(2022, 1, 1).plusDays(m.nextInt(DAYS)))
                    .append('\n');
        b.append("---\n");
        sentence(r, b, false);
        b.setLength(b.length() - 1); // a headline has no full stop
        b.append("\n\n");
        while (b.length() < target) {
            int sentences = 2 + r.nextInt(5);
            for (int s = 0; s < sentences && b.length() < target; s++) {
                if (s > 0) b.append(' ');
                sentence(r, b, true);
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    private void sentence(Random r, StringBuilder b, boolean figures) {
        int words = 6 + r.nextInt(20);
        int figureAt = figures && r.nextInt(3) == 0 ? r.nextInt(words) : -1;
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(r.nextInt(12) == 0 ? ", " : " ");
            if (i == figureAt) {
                figure(r, b);
                continue;
            }
            String w = sample(r);
            if (i == 0) b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            else b.append(w);
        }
        b.append('.');
    }

    private static void figure(Random r, StringBuilder b) {
        String f = FIGURES[r.nextInt(FIGURES.length)];
        Object[] args = new Object[4];
        for (int i = 0; i < args.length; i++) args[i] = 1 + r.nextInt(99);
        if (f.contains("20%d and")) {
            args[0] = 20 + r.nextInt(8);
            args[1] = 25 + r.nextInt(10);
        }
        b.append(String.format(Locale.ROOT, f, args));
    }
}
