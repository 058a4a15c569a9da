package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a real spreadsheet makes of corpex's CSV: LibreOffice Calc opens it (as its Text Import does, with special
 * numbers detected and formulas evaluated) and saves it as .xlsx, which openpyxl reads back. Numbers corpex leaves
 * alone must be numbers there, and no cell may be a formula; with --raw, the same file does hold formulas, so the
 * defusing is what stops them. LibreOffice is large and CI does not install it: this runs where it is installed.
 */
class SpreadsheetIT {
    @TempDir
    Path dir;

    private static final List<String> NUMBERS = List.of("-5%", "+3", "-1,234.5", "-.5", "+0.25", "-2e3", "12", "+5%");
    private static final List<String> FORMULAS = List.of("=1+2", "=HYPERLINK(\"http://x\",\"y\")", "=-5");
    private static final List<String> TEXT =
            List.of("- Domestic Rivalry", "+3 points", "@SUM(1)", "-cmd|' /C calc'!A0", "plain words");

    private static boolean soffice() {
        try {
            Process p = new ProcessBuilder("soffice", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * The CSV as LibreOffice reads it, saved as .xlsx, read by openpyxl: [type, value] per cell of the column "cell".
     */
    private JsonNode calc(Path csv) throws IOException {
        Path out = dir.resolve("calc");
        // Comma, double quote, UTF-8, from line 1, detect special numbers, evaluate formulas.
        Launcher.Run r = Launcher.exec(
                dir,
                Map.of("HOME", dir.toString()),
                null,
                List.of(
                        "soffice",
                        "--headless",
                        "--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true",
                        "--convert-to",
                        "xlsx",
                        "--outdir",
                        out.toString(),
                        csv.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        Path xlsx = out.resolve(csv.getFileName().toString().replace(".csv", ".xlsx"));
        return Python.json(dir, """
                import json, sys, warnings
                warnings.simplefilter('ignore')
                import openpyxl
                rows = list(openpyxl.load_workbook(sys.argv[1]).active.iter_rows())
                col = [c.value for c in rows[0]].index('cell')
                print(json.dumps([[r[col].data_type, str(r[col].value)] for r in rows[1:]]))
                """, xlsx.toString());
    }

    @Test
    void libreOfficeReadsTheNumbersAsNumbersAndRunsNoCell() throws IOException {
        assumeThat(soffice())
                .as("LibreOffice is installed (apt-get install libreoffice-calc-nogui)")
                .isTrue();
        StringBuilder corpus = new StringBuilder();
        List<String> all = new ArrayList<>(NUMBERS);
        all.addAll(FORMULAS);
        all.addAll(TEXT);
        for (int i = 0; i < all.size(); i++) {
            corpus.append("{\"id\":\"c")
                    .append(String.format("%02d", i))
                    .append("\",\"text\":\"a cell\",\"cell\":")
                    .append(new ObjectMapper().writeValueAsString(all.get(i)))
                    .append("}\n");
        }
        Files.writeString(dir.resolve("c.jsonl"), corpus.toString());
        Launcher.Run r = Launcher.run(
                dir,
                Map.of(),
                null,
                "c.jsonl",
                "-c",
                "docs --no-figures",
                "-c",
                "export safe.csv",
                "-c",
                "export raw.csv --raw");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode safe = calc(dir.resolve("safe.csv"));
        for (int i = 0; i < all.size(); i++) {
            String cell = all.get(i);
            JsonNode got = safe.get(i);
            assertThat(got.get(0).asText())
                    .as("%s is not a formula in LibreOffice", cell)
                    .isNotEqualTo("f");
            if (NUMBERS.contains(cell))
                assertThat(got.get(0).asText())
                        .as("%s is a number in LibreOffice", cell)
                        .isEqualTo("n");
            else
                assertThat(got.get(1).asText())
                        .as("%s is text, with its mark", cell)
                        .isEqualTo(cell.matches("[=+\\-@].*") ? "'" + cell : cell);
        }
        JsonNode raw = calc(dir.resolve("raw.csv"));
        for (int i = 0; i < all.size(); i++) {
            if (FORMULAS.contains(all.get(i)))
                assertThat(raw.get(i).get(0).asText())
                        .as("%s raw is a formula", all.get(i))
                        .isEqualTo("f");
        }
    }
}
