package org.corpex.commands;

import java.nio.file.Path;
import org.corpex.base.CorpexException;
import org.corpex.base.UserInput;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Exporter;
import org.corpex.table.Format;
import org.corpex.table.Provenance;
import org.corpex.table.RenderOptions;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "export",
        description = {
            "Write the last table to FILE (format from the extension: .csv .tsv .xlsx .json .jsonl .txt).",
            "Never overwrites without --force; the file appears whole or not at all."
        })
public final class ExportCommand implements CorpexCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Where to write.")
    String file;

    @Option(
            names = {"-f", "--force"},
            description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(
            names = "--raw",
            description = "Write cells as they are; do not defuse cells a spreadsheet would run as formulas.")
    boolean raw;

    @Option(names = "--excel", description = "Add a UTF-8 byte order mark and use CRLF line ends, for Excel.")
    boolean excel;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text, csv, tsv, xlsx, json or jsonl (default: from the extension).")
    Format format;

    @Option(
            names = {"-d", "--delimiter"},
            paramLabel = "CHAR",
            description = "CSV field separator, e.g. ';' for decimal-comma locales (default ,).")
    String delimiter;

    @Option(
            names = "--provenance",
            paramLabel = "WHERE",
            description = "on (inside JSON and JSON Lines, else a sidecar FILE.provenance.json), header (a CSV's or "
                    + "TSV's commented header) or off (default: set provenance).")
    Provenance.Placement provenance;

    @Override
    public Table run(Session session) {
        Table t = session.lastTable();
        if (t == null)
            throw new CorpexException(
                    "export: nothing to export yet; run a command that shows a table (docs, kwic, figures...) first");
        Path path = Path.of(UserInput.expandHome(file));
        Format f = format != null ? format : Format.fromFileName(path);
        if (f == null)
            throw new CorpexException("export: cannot tell the format of '" + file
                    + "' from its extension; add --format or use .csv, .tsv, .xlsx, .json, .jsonl or .txt");
        char delim = ',';
        if (delimiter != null) {
            String d = delimiter.equals("\\t") || delimiter.equals("tab") ? "\t" : delimiter;
            if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
                throw new CorpexException(
                        "export: --delimiter must be one character other than a quote or line break, not '" + delimiter
                                + "'");
            }
            delim = d.charAt(0);
        }
        RenderOptions o = new RenderOptions(0, false, true, !raw, excel, delim);
        Provenance.Placement where = provenance == null ? session.settings().provenance : provenance;
        Exporter.Result r =
                Exporter.write(t, path, f, force ? Exporter.Mode.OVERWRITE : Exporter.Mode.CREATE, o, where);
        return Table.message("export", r.message() + " (" + t.name() + ", " + f + ")")
                .withWarnings(r.warnings());
    }
}
