package org.corpex.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The dated corpus the README's examples run on, examples/harbor.jsonl: 40 short articles from three made-up outlets
 * over the first half of 2025 on a made-up story (a port, a tariff, a strike), three of them undated. Generated from
 * this class, with our own words; {@code ExampleCorpusTest} fails when the committed file differs from what it
 * generates, and {@code main} writes it again.
 */
public final class ExampleCorpus {
    static final Path FILE = Path.of("examples", "harbor.jsonl");

    private static final String[] OUTLETS = {"Harbor Post", "Daily Ledger", "Northern Wire"};

    /** Sentences every outlet uses; {T} marks the tariff story, {S} the strike. */
    private static final String[] TARIFF = {
        "The new tariff on imported grain took effect at the port.",
        "Shippers said the tariff would raise the price of bread.",
        "Officials defended the tariff as a way to protect local mills.",
        "Traders expect the tariff to stay in place until the autumn.",
    };

    private static final String[] STRIKE = {
        "Dock workers walked out over night shifts.",
        "The strike left ferries idle at the quay.",
        "Union leaders and the port met again without a deal on the strike.",
    };
    private static final String[] COMMON = {
        "The harbor handled fewer ships than a year ago.",
        "Fishing boats returned early because of the weather.",
        "The council will publish its report next month.",
    };
    /** What each outlet talks about most: what keywords should find. */
    private static final String[][] HOUSE = {
        {"Ferries crowded the quay at dawn.", "The lighthouse keeper counted the ferries again."},
        {"Shares in the shipping companies fell as investors waited.", "Investors asked whether shares would recover."},
        {"Farmers on the northern plain worried about grain prices.", "Grain silos were full, farmers said."},
    };

    static String generate() {
        Random r = new Random(2025);
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        LocalDate start = LocalDate.of(2025, 1, 6);
        for (int i = 0; i < 40; i++) {
            int outlet = i % 3;
            LocalDate day = start.plusDays(i * 4L + r.nextInt(3));
            int month = day.getMonthValue();
            StringBuilder text = new StringBuilder();
            int sentences = 5 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                double p = r.nextDouble();
                String line;
                // The tariff story grows month by month; the strike peaks in March.
                if (p < 0.08 * month) line = TARIFF[r.nextInt(TARIFF.length)];
                else if (p < 0.08 * month + (month == 3 ? 0.35 : 0.05)) line = STRIKE[r.nextInt(STRIKE.length)];
                else if (p < 0.75) line = HOUSE[outlet][r.nextInt(HOUSE[outlet].length)];
                else line = COMMON[r.nextInt(COMMON.length)];
                text.append(s == 0 ? "" : " ").append(line);
            }
            // The port's investment: Harbor Post has it first, the others repeat it, one gets it wrong.
            if (i == 3 || i == 7 || i == 10 || i == 14) {
                String amount = i == 7 ? "$4.5 billion" : "$4 billion";
                text.append(" The port authority will invest ")
                        .append(amount)
                        .append(" in new quays over the next five years.");
            }
            ObjectNode o = json.createObjectNode();
            o.put("id", String.format("h%02d", i));
            o.put(
                    "title",
                    List.of("Port notes", "Harbor week", "Quay and country").get(outlet) + " " + (i / 3 + 1));
            o.put("source", OUTLETS[outlet]);
            if (i % 13 != 12) o.put("date", day.toString());
            o.put("text", text.toString());
            out.append(o).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE);
    }
}
