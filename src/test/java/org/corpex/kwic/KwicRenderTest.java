package org.corpex.kwic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.table.Format;
import org.corpex.table.RenderOptions;
import org.corpex.table.Renderers;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a concordance looks: matches in one column, highlighted only on a colour terminal, plain in exports. */
class KwicRenderTest {

    private static String render(Table t, Format f, boolean color) throws Exception {
        StringWriter w = new StringWriter();
        Renderers.write(t, f, w, new RenderOptions(0, color, true, true, false, ','));
        return w.toString();
    }

    @Test
    void matchesLineUpAndOnlyAColourScreenGetsEscapes(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("a.txt"), "a short needle here. and a much longer stretch of text before the needle there");
        Table t = TestShell.on(dir).run("kwic needle --width 12");
        List<String> lines = render(t, Format.TEXT, false).lines().toList();
        int first = lines.get(1).indexOf("needle"), second = lines.get(2).indexOf("needle");
        assertThat(first).isPositive().isEqualTo(second);
        assertThat(lines.get(1)).contains("    a short   needle"); // the shorter left context is padded on the left
        assertThat(render(t, Format.TEXT, false)).doesNotContain("\u001B");
        String colour = render(t, Format.TEXT, true);
        assertThat(colour).contains("\u001B[1;33mneedle");
        // The highlight wraps the padded cell, so the columns still line up on screen.
        List<String> plain =
                colour.lines().map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "")).toList();
        assertThat(plain.get(1).indexOf("needle")).isEqualTo(plain.get(2).indexOf("needle"));
        assertThat(render(t, Format.CSV, true))
                .doesNotContain("\u001B")
                .contains("a,1,8,14,\"a short \",needle,\" here. and a\"");
    }
}
