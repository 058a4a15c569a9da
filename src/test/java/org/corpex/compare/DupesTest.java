package org.corpex.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpex.TestShell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DupesTest {
    private static List<String> row(Table t, int i) {
        List<String> out = new ArrayList<>();
        for (Object o : t.rows().get(i)) out.add(Table.format(o));
        return out;
    }

    @Test
    void findsTheSeedThatRestatesItsIntroduction() {
        Table t = TestShell.seeds().run("dupes");
        assertThat(TestShell.column(t, "kind")).first().isEqualTo("section");
        List<String> section = row(t, 0);
        int ia = t.columnIndex("doc_a"), ib = t.columnIndex("doc_b");
        assertThat(section.get(ia)).isEqualTo("001_dbefa102bff5097e");
        assertThat(section.get(ib)).isEqualTo("001_dbefa102bff5097e");
        // The bullet summary and opening (lines 3-7) come back as the body and the second section (10-23).
        assertThat(section.get(t.columnIndex("lines_a"))).isEqualTo("3-7");
        assertThat(section.get(t.columnIndex("lines_b"))).isEqualTo("10-23");
        assertThat(TestShell.column(t, "kind")).doesNotContain("document"); // five different outlets, no copies
        assertThat(t.notes().get(0)).startsWith("0 near-duplicate document pairs, 1 restated sections,");
    }

    /** Sentences of random words from a small vocabulary: text with no accidental repeats. */
    private static List<String> sentences(Random r, int n) {
        String[] vocab = ("market investment cloud computing company shares analysts revenue growth chips data center "
                        + "model regulators government strategy startup fund capital trading profit quarter "
                        + "forecast demand supply "
                        + "network platform customers research partners rival expansion pricing margin outlook")
                .split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder("The");
            for (int w = 0; w < 12; w++)
                b.append(' ').append(vocab[r.nextInt(vocab.length)]).append(w % 4 == 3 ? " and" : "");
            out.add(b.append('.').toString());
        }
        return out;
    }

    @Test
    void findsAPlantedCopyAndARestatedIntroductionAndNothingElse(@TempDir Path dir) throws IOException {
        Random r = new Random(7);
        List<String> original = sentences(r, 12);
        Files.writeString(dir.resolve("orig.txt"), String.join("\n", original) + "\n");
        List<String> copy = new ArrayList<>(original);
        copy.set(5, copy.get(5).replace("The ", "A ")); // syndicated with one edit
        Files.writeString(dir.resolve("copy.txt"), String.join("\n", copy) + "\n");
        List<String> own = sentences(r, 10);
        List<String> restating = new ArrayList<>(own);
        restating.addAll(own.subList(0, 3)); // repeats its first three sentences at the end
        Files.writeString(dir.resolve("restate.txt"), String.join("\n", restating) + "\n");
        Files.writeString(dir.resolve("other.txt"), String.join("\n", sentences(r, 10)) + "\n");

        Table t = TestShell.on(dir).run("dupes --min-similarity 0.9");
        List<String> kinds = TestShell.column(t, "kind");
        assertThat(kinds).containsExactly("document", "section", "passage", "passage", "passage");
        assertThat(row(t, 0)).contains("orig", "copy");
        assertThat(row(t, 1).subList(0, 5)).containsExactly("section", "restate", "1", "restate", "11");
        assertThat(row(t, 1).get(t.columnIndex("lines_b"))).isEqualTo("11-13");
        assertThat(TestShell.column(t, "doc_a").subList(2, 5)).containsOnly("restate");
        assertThat(TestShell.on(dir)
                        .run("dupes --kind document --min-similarity 0.9")
                        .rows())
                .hasSize(1);
    }

    @Test
    void badOptionsAreClearErrors() {
        TestShell s = TestShell.seeds();
        assertThatThrownBy(() -> s.run("dupes --min-similarity 2"))
                .hasMessageContaining("--min-similarity must be above 0 and at most 1");
        assertThatThrownBy(() -> s.run("dupes --kind paragraph"))
                .hasMessageContaining("dupes: --kind takes document, section or passage, not");
    }

    @Test
    void stemmingMakesRestatementsMeet() {
        assertThat(Duplicates.stem("committed")).isEqualTo(Duplicates.stem("commits"));
        assertThat(Duplicates.stem("overhauling")).isEqualTo("overhaul");
        // Snowball, not a suffix stripper: these keep their stems whole.
        assertThat(Duplicates.stem("interest")).isEqualTo("interest");
        assertThat(Duplicates.stem("number")).isEqualTo("number");
        assertThat(Duplicates.stem("interests")).isEqualTo(Duplicates.stem("interested"));
        assertThat(Duplicates.stem("restrictions")).isEqualTo(Duplicates.stem("restriction"));
    }
}
