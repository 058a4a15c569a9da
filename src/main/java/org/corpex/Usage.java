package org.corpex;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What corpex says to --version and --help without building its command line: the version from the jar's manifest, and
 * the usage text picocli renders from {@link Main}'s annotations, kept in {@link UsageText} (plain, and with the
 * terminal's bold and colours; UsageTextTest keeps it what picocli renders). A run that only asks these pays for a JVM
 * and two small classes, not for the model of every option.
 */
final class Usage {
    private Usage() {}

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "corpex " + (v == null ? "dev" : v);
    }

    /** The whole answer to this lone argument, or null when it is not --version or --help (or their short forms). */
    static String quick(String arg) {
        return switch (arg) {
            case "--version", "-V" -> version() + "\n";
            // picocli.ansi set by hand asks picocli itself
            case "--help", "-h" ->
                System.getProperty("picocli.ansi") != null ? null : colour() ? UsageText.ANSI : UsageText.PLAIN;
            default -> null;
        };
    }

    /**
     * Whether the usage goes out in colour, as picocli decides for --help: never under NO_COLOR, always under
     * CLICOLOR_FORCE, never under CLICOLOR=0, else when standard output is a terminal.
     */
    static boolean colour() {
        if (System.getenv("NO_COLOR") != null) return false;
        String force = System.getenv("CLICOLOR_FORCE");
        if (force != null && !force.equals("0")) return true;
        if ("0".equals(System.getenv("CLICOLOR"))) return false;
        Console c = System.console();
        if (c == null) return false;
        try { // from Java 22 a console is there when output is redirected too: ask whether it is a terminal
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    static void print(String text) {
        try {
            FileOutputStream out = new FileOutputStream(FileDescriptor.out);
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // stdout closed under us: nothing to say it to
        }
    }
}
