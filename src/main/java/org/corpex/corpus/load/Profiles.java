package org.corpex.corpus.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.corpex.base.CorpexException;
import org.corpex.corpus.FieldNames;

/**
 * Field profiles: how the records a known tool writes become documents (which field is the text, the source, the
 * date...), recognized by the fields a file has. Each profile is a small JSON file: the built-in ones under
 * {@code org/corpex/profiles/} in the jar, a user's own in {@code $XDG_CONFIG_HOME/corpex/profiles/} (default
 * {@code ~/.config/corpex/profiles/}), where a profile of the same name replaces the built-in one.
 */
public final class Profiles {
    private Profiles() {}

    static final List<String> BUILT_IN = List.of("news-please", "trafilatura", "newsapi", "mediacloud", "gdelt-gkg");

    /**
     * One profile.
     *
     * @param recognize normalized field names that a record must all have for the profile to apply
     * @param fields the fields that play each role
     * @param fallbackText fields that hold the text when the text field is empty (NewsAPI's description)
     * @param metadataOnly records without text load as documents with metadata only (marked metadata_only=yes)
     * @param truncated a pattern at the end of a text that says the text was cut (removed, and the document marked
     *     truncated=yes)
     * @param columns for headerless delimited files: the column names, in order
     * @param firstColumn for headerless files: what the first field of a record looks like
     * @param metadata the other fields kept as metadata (empty: all of them)
     */
    record Profile(
            String name,
            String about,
            List<String> recognize,
            FieldNames fields,
            List<String> fallbackText,
            boolean metadataOnly,
            Pattern truncated,
            List<String> columns,
            Pattern firstColumn,
            char delimiter,
            List<String> metadata) {

        boolean matches(Set<String> normalizedFields) {
            if (recognize.isEmpty()) return false;
            for (String f : recognize) if (!normalizedFields.contains(RecordFields.norm(f))) return false;
            return true;
        }
    }

    private static volatile Map<String, Profile> all;

    /** Every profile by name: the built-in ones, then the user's. */
    static Map<String, Profile> all() {
        Map<String, Profile> a = all;
        if (a == null) {
            a = new LinkedHashMap<>();
            for (String n : BUILT_IN) {
                try (InputStream in = Profiles.class.getResourceAsStream("/org/corpex/profiles/" + n + ".json")) {
                    if (in == null) throw new IllegalStateException("missing built-in profile " + n);
                    a.put(n, parse(JsonFormat.MAPPER.readTree(in), n + ".json"));
                } catch (IOException e) {
                    throw new IllegalStateException("built-in profile " + n + ": " + e.getMessage(), e);
                }
            }
            Path dir = userFolder();
            if (dir != null && Files.isDirectory(dir)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
                    List<Path> files = new ArrayList<>();
                    ds.forEach(files::add);
                    files.sort(null);
                    for (Path f : files) {
                        Profile p = read(f);
                        a.put(p.name(), p);
                    }
                } catch (IOException e) {
                    throw new CorpexException("cannot read the profiles in " + dir + ": " + e.getMessage());
                }
            }
            all = a;
        }
        return a;
    }

    /** The names of the profiles, for help and completion. */
    public static List<String> names() {
        try {
            return new ArrayList<>(all().keySet());
        } catch (RuntimeException e) {
            return BUILT_IN;
        }
    }

    static Path userFolder() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "corpex", "profiles");
        String home = System.getenv("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".config", "corpex", "profiles");
    }

    /** The profile a --profile value names: a known name, or a profile file. */
    static Profile named(String nameOrFile) {
        Profile p = all().get(nameOrFile.toLowerCase(Locale.ROOT));
        if (p != null) return p;
        Path f = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".json") && Files.isRegularFile(f)) return read(f);
        throw new CorpexException("--profile: no profile '" + nameOrFile + "' (profiles: "
                + String.join(", ", all().keySet()) + "; or a profile file ending in .json)");
    }

    /** The profile for records with these fields: the one forced, else the first that recognizes them, else null. */
    static Profile choose(FieldNames names, Iterable<String> recordFields) {
        if (names.profile() != null) return named(names.profile());
        Set<String> norm = new HashSet<>();
        for (String f : recordFields) norm.add(RecordFields.norm(f));
        for (Profile p : all().values()) if (p.matches(norm)) return p;
        return null;
    }

    /** The headerless profile whose columns the first line of a delimited text fits, or null. */
    static Profile headerless(FieldNames names, String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
        Iterable<Profile> candidates = names.profile() != null ? List.of(named(names.profile())) : all().values();
        for (Profile p : candidates) {
            if (p.columns().isEmpty()) continue;
            String[] cells = first.split(Pattern.quote(String.valueOf(p.delimiter())), -1);
            if (cells.length == p.columns().size()
                    && (p.firstColumn() == null
                            || p.firstColumn().matcher(cells[0]).matches())) return p;
        }
        return null;
    }

    private static Profile read(Path f) {
        try {
            return parse(JsonFormat.MAPPER.readTree(f.toFile()), f.toString());
        } catch (IOException e) {
            throw new CorpexException("profile " + f + ": not valid JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** A profile from its JSON; a mistake in a user's file is a clear error naming the file. */
    static Profile parse(JsonNode j, String where) {
        if (!j.isObject()) throw new CorpexException("profile " + where + ": must be a JSON object");
        String name = text(j, "name", where, true).toLowerCase(Locale.ROOT);
        JsonNode f = j.path("fields");
        FieldNames fields = new FieldNames(
                opt(f, "text"), opt(f, "title"), opt(f, "source"), opt(f, "date"), opt(f, "url"), opt(f, "id"), null);
        String truncated = opt(j, "truncated");
        String first = opt(j, "first_column");
        String delimiter = j.has("delimiter") ? j.get("delimiter").asText() : "\t";
        if (delimiter.length() != 1)
            throw new CorpexException("profile " + where + ": delimiter must be one character");
        try {
            return new Profile(
                    name,
                    j.path("about").asText(""),
                    strings(j.path("recognize")),
                    fields,
                    strings(j.path("fallback_text")),
                    j.path("without_text").asText("skip").equals("metadata"),
                    truncated == null ? null : Pattern.compile(truncated),
                    strings(j.path("columns")),
                    first == null ? null : Pattern.compile(first),
                    delimiter.charAt(0),
                    strings(j.path("metadata")));
        } catch (PatternSyntaxException e) {
            throw new CorpexException("profile " + where + ": bad pattern: " + e.getDescription());
        }
    }

    private static String text(JsonNode j, String key, String where, boolean required) {
        JsonNode v = j.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            if (required) throw new CorpexException("profile " + where + ": needs \"" + key + "\"");
            return null;
        }
        return v.asText();
    }

    private static String opt(JsonNode j, String key) {
        JsonNode v = j.get(key);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        if (a.isArray()) for (JsonNode v : a) out.add(v.asText());
        return List.copyOf(out);
    }
}
