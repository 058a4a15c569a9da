package org.corpex.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated corpus of dated articles from three made-up outlets, written as JSON Lines: the tests know every date,
 * source and hit because they made them. Some articles have no date, and optionally a few carry a month only, so the
 * undated row has work to do.
 */
final class DatedCorpus {
    static final List<String> SOURCES = List.of("Harbor Post", "Daily Ledger", "Northern Wire");
    private static final String[] FILLER = ("granary quay lantern meadow ferry orchard ledger cobble barley "
                    + "tide spindle harbor mill thatch bridge")
            .split(" ");

    /** One article as written. */
    record Article(String id, String source, String date, String text) {}

    static List<Article> articles(int n, long seed, boolean coarseDates) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < n; i++) {
            String source = SOURCES.get(r.nextInt(SOURCES.size()));
            String date;
            if (i % 10 == 9) date = null; // undated
            else if (coarseDates && i % 10 == 4) date = "2024-0" + (1 + r.nextInt(6)); // a month only
            else date = start.plusDays(r.nextInt(182)).toString();
            StringBuilder text = new StringBuilder();
            int words = 20 + r.nextInt(40);
            for (int w = 0; w < words; w++) {
                if (w > 0) text.append(' ');
                int k = r.nextInt(12);
                text.append(k == 0 ? "tariff" : k == 1 ? "Tariffs" : FILLER[r.nextInt(FILLER.length)]);
            }
            text.append('.');
            out.add(new Article(String.format("a%03d", i), source, date, text.toString()));
        }
        return out;
    }

    static Path write(Path dir, List<Article> articles) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        for (Article a : articles) {
            ObjectNode o = json.createObjectNode();
            o.put("id", a.id());
            o.put("source", a.source());
            if (a.date() != null) o.put("date", a.date());
            o.put("text", a.text());
            b.append(o).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("dated.jsonl");
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
