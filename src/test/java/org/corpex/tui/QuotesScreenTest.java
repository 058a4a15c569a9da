package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpex.TestShell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotes screens on the virtual terminal: from a speaker to their quotes, from a quote to its document. */
class QuotesScreenTest {

    @Test
    void enterGoesFromASpeakerToTheirQuotesAndFromAQuoteToItsDocument(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("news.jsonl"),
                String.join(
                                "\n",
                                "{\"id\": \"a\", \"source\": \"Herald\", \"text\": \"The port closed.\\n\\u201cWe "
                                        + "will rebuild it,\\u201d said Ann Marlow. Tom Keane said the cost was "
                                        + "too high.\"}",
                                "{\"id\": \"b\", \"source\": \"Ledger\", \"text\": \"\\u201cWe will rebuild the "
                                        + "port,\\u201d Ann Marlow said on Monday.\"}")
                        + "\n");
        VirtualScreen v = VirtualScreen.of(TestShell.on(dir).shell(), 120, 30);
        v.type(":quotes --by speaker").press(KeyType.Enter);
        assertThat(v.line(0)).contains("2 speakers, 3 attributions in 2 documents");
        assertThat(v.line(2)).startsWith("Ann Marlow");
        v.press(KeyType.Enter);
        assertThat(v.line(-2)).contains("row 1/2");
        assertThat(v.line(0)).contains("2 attributions (2 direct) in 2 documents");
        assertThat(v.line(2)).startsWith("a").contains("We will rebuild it");
        v.press(KeyType.Enter);
        assertThat(v.line(0)).contains("› a");
        assertThat(v.rowOf("We will rebuild it")).isPositive();
    }
}
