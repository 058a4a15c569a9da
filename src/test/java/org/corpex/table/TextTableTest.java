package org.corpex.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {
    private static String render(Table t, int width) throws IOException {
        StringWriter w = new StringWriter();
        Renderers.write(t, Format.TEXT, w, new RenderOptions(width, false, true, true, false, ','));
        return w.toString();
    }

    private final Table t = new Table.Builder("t")
            .text("id")
            .text("title")
            .integer("words")
            .row("a", "A rather long headline that will not fit in forty columns at all", 1234)
            .row("b", "Short\nwith a break", 5)
            .note("2 documents")
            .build();

    @Test
    void fitsTheWidthWithAnEllipsis() throws IOException {
        String out = render(t, 40);
        for (String line : out.split("\n")) assertThat(TextTable.width(line)).isLessThanOrEqualTo(40);
        assertThat(out).contains("…").contains(" 1234").endsWith("2 documents\n");
    }

    @Test
    void neverCutsWhenNoWidthIsGiven() throws IOException {
        String out = render(t, 0);
        assertThat(out)
                .contains("A rather long headline that will not fit in forty columns at all")
                .doesNotContain("…");
    }

    @Test
    void numbersAlignRightAndLineBreaksShowAsAMark() throws IOException {
        String[] lines = render(t, 0).split("\n");
        assertThat(lines[0]).endsWith("words");
        assertThat(lines[1]).endsWith(" 1234");
        assertThat(lines[2]).endsWith("    5").contains("Short⏎with a break");
    }

    @Test
    void wideCharactersKeepColumnsAligned() throws IOException {
        Table cjk = new Table.Builder("t")
                .text("a")
                .text("b")
                .row("阿里巴巴", "x")
                .row("ab", "y")
                .build();
        String[] lines = render(cjk, 0).split("\n");
        assertThat(TextTable.width(lines[1].substring(0, lines[1].indexOf('x'))))
                .isEqualTo(TextTable.width(lines[2].substring(0, lines[2].indexOf('y'))));
        assertThat(TextTable.cut("阿里巴巴集团", 7)).isEqualTo("阿里巴…");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(Table.format(53e9)).isEqualTo("53000000000");
        assertThat(Table.format(0.48)).isEqualTo("0.48");
        assertThat(Table.format(1.5e12)).isEqualTo("1500000000000");
        assertThat(Table.format(null)).isEmpty();
    }
}
