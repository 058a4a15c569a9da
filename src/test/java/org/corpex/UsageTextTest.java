package org.corpex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * corpex --help prints a usage kept in UsageText, so that it builds no command line. It must be what picocli renders
 * from Main's annotations, plain and in colour. After a change to Main's options: mvn test -Dtest=UsageTextTest
 * -Dusage.update=true (it writes UsageText.java), then build and commit it.
 */
class UsageTextTest {
    private static final Path SOURCE = Path.of("src", "main", "java", "org", "corpex", "UsageText.java");

    @Test
    void theKeptUsageIsWhatPicocliRenders() throws IOException {
        CommandLine cl = new CommandLine(new Main());
        String plain = cl.getUsageMessage(CommandLine.Help.Ansi.OFF),
                ansi = cl.getUsageMessage(CommandLine.Help.Ansi.ON);
        String source = source(plain, ansi);
        if (Boolean.getBoolean("usage.update")) Files.writeString(SOURCE, source, StandardCharsets.UTF_8);
        assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
                .as("%s is not Main's usage: mvn test -Dtest=UsageTextTest -Dusage.update=true", SOURCE)
                .isEqualTo(source);
        assertThat(UsageText.PLAIN).isEqualTo(plain);
        assertThat(UsageText.ANSI).isEqualTo(ansi);
        assertThat(Usage.quick("--help")).isIn(plain, ansi);
        assertThat(Usage.quick("-V")).isEqualTo(Usage.version() + "\n").startsWith("corpex ");
        assertThat(Usage.quick("--versions")).isNull();
    }

    private static String source(String plain, String ansi) {
        return "package org.corpex;\n\n"
                + "/** corpex --help, as picocli renders it from Main's annotations: made by UsageTextTest "
                + "(-Dusage.update=true), not by hand. */\n"
                + "final class UsageText {\n"
                + "    private UsageText() {}\n\n"
                + "    static final String PLAIN = " + literal(plain) + ";\n\n"
                + "    static final String ANSI = " + literal(ansi) + ";\n"
                + "}\n";
    }

    /** A Java string literal, a line of the text to a line of the source. */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append(i + 1 < s.length() ? "\\n\"\n            + \"" : "\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
