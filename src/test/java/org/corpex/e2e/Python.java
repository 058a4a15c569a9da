package org.corpex.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python 3 as an independent reader of what corpex writes: its csv module for CSV and TSV, and openpyxl for .xlsx (CI
 * installs python3 and python3-openpyxl). A script prints JSON, which the test compares cell by cell.
 */
final class Python {
    private Python() {}

    /** The system's python3 (where Debian's python3-openpyxl lives), else the one on the PATH. */
    static String binary() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** Runs {@code script} with {@code args}; its stdout, read as JSON. Fails with what Python said. */
    static JsonNode json(Path dir, String script, String... args) throws IOException {
        Path file = dir.resolve("read-" + System.nanoTime() + ".py");
        Files.writeString(file, script);
        List<String> cmd = new ArrayList<>(List.of(binary(), file.toString()));
        cmd.addAll(List.of(args));
        Launcher.Run r = Launcher.exec(dir, Map.of("PYTHONIOENCODING", "utf-8"), null, cmd);
        if (r.status() != 0) {
            throw new AssertionError("python3 failed (CI installs python3 and python3-openpyxl): " + r.err() + r.out());
        }
        return new ObjectMapper().readTree(r.out());
    }

    /** The rows of a CSV file as Python's csv module reads it (the dialect spreadsheets write). */
    static JsonNode csv(Path file) throws IOException {
        return json(file.getParent(), """
                import csv, json, sys
                with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                    print(json.dumps(list(csv.reader(f))))
                """, file.toString());
    }

    /**
     * The rows of a TSV file as its users read it: Python's csv module splits at tabs with no quoting (a quote is
     * data), then \t, \n, \r and \\ inside a cell are undone.
     */
    static JsonNode tsv(Path file) throws IOException {
        return json(file.getParent(), """
                import csv, json, re, sys
                codes = {'t': '\\t', 'n': '\\n', 'r': '\\r', '\\\\': '\\\\'}
                def undo(cell):
                    return re.sub(r'\\\\(.)', lambda m: codes.get(m.group(1), m.group(1)), cell)
                with open(sys.argv[1], newline='', encoding='utf-8') as f:
                    rows = csv.reader(f, delimiter='\\t', quoting=csv.QUOTE_NONE)
                    print(json.dumps([[undo(c) for c in row] for row in rows]))
                """, file.toString());
    }

    /**
     * An .xlsx as openpyxl reads it: the frozen pane, and each cell as [type, value], where the type is openpyxl's (n
     * number, s string, d date, f formula) and a date is written yyyy-mm-dd.
     */
    static JsonNode xlsx(Path file) throws IOException {
        return json(file.getParent(), """
                import json, sys, warnings
                warnings.simplefilter('ignore')
                import openpyxl
                ws = openpyxl.load_workbook(sys.argv[1]).active
                def cell(c):
                    v = c.value
                    if c.is_date:
                        return ['d', v.strftime('%Y-%m-%d')]
                    return [c.data_type, v]
                print(json.dumps({'freeze': ws.freeze_panes, 'title': ws.title,
                                  'rows': [[cell(c) for c in row] for row in ws.iter_rows()]}))
                """, file.toString());
    }
}
