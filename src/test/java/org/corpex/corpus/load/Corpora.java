package org.corpex.corpus.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpex.TestShell;
import org.corpex.table.Table;

/** Writes generated corpora and reads `docs` tables back as rows of named cells. */
final class Corpora {
    private Corpora() {}

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a table as maps column -> cell text, in order. */
    static List<Map<String, String>> rows(Table t) {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++)
                m.put(t.columns().get(i).name(), Table.format(row.get(i)));
            out.add(m);
        }
        return out;
    }

    /** The `docs` rows of a corpus, keyed by id. */
    static Map<String, Map<String, String>> docs(TestShell shell) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (Map<String, String> r : rows(shell.run("docs"))) byId.put(r.get("id"), r);
        return byId;
    }

    /** The text of a document, as `show` gives it. */
    static String text(TestShell shell, String id) {
        return String.join("\n", TestShell.column(shell.run("show " + id), "text"));
    }

    /** Loads {@code spec} through the `load` command, as a user would, and returns its table (summary and warnings). */
    static Table load(TestShell shell, String spec) {
        return shell.run("load " + spec);
    }
}
