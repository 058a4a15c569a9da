package org.corpex.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corpex.corpus.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Indexed search returns exactly what a naive regex scan of the raw text returns, on random documents and random
 * queries (words, phrases, wildcards; any case; some in a random scope; some case-sensitive). Seeded, so a failure
 * names its seed and repeats.
 */
class IndexPropertyTest {
    private static final String[] WORDS = {
        "data",
        "Data",
        "DATA",
        "centers",
        "center",
        "cloud",
        "invest",
        "invests",
        "investing",
        "investment",
        "alibaba",
        "Alibaba",
        "café",
        "Café",
        "CAFÉ",
        "naïve",
        "straße",
        "the",
        "The",
        "a",
        "of",
        "53",
        "2025",
        "3.2",
        "1,000",
        "über",
        "Über",
        "北",
        "京",
        "年",
        "qwen",
        "QwQ",
        "gpt",
        "alibaba’s",
        "Alibaba's",
        "it’s",
        "don't",
        "long" + "g".repeat(300)
    }; // longer than a Layout keeps in one byte
    private static final String[] SEPARATORS = {
        " ", " ", " ", ", ", ". ", "\n", "\n\n", " - ", "-", " (", ") ", "; ", " “", "” "
    };
    private static final String B = "(?<![\\p{L}\\p{N}\\p{M}'’])", E = "(?![\\p{L}\\p{N}\\p{M}])";

    @TestFactory
    Stream<DynamicTest> indexedSearchEqualsNaiveScan() {
        return IntStream.range(0, 60).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    private static void check(long seed) {
        Random r = new Random(seed);
        List<Document> docs = new ArrayList<>();
        int n = 1 + r.nextInt(8);
        for (int d = 0; d < n; d++) {
            StringBuilder b = new StringBuilder();
            // Now and then a long document: offsets past 65,536 take the Layout's block table.
            int words = seed % 10 == 0 && d == 0 ? 15_000 + r.nextInt(5_000) : r.nextInt(120);
            for (int w = 0; w < words; w++) {
                if (w > 0) b.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
                b.append(WORDS[r.nextInt(WORDS.length)]);
            }
            docs.add(Document.of("d" + d, "", "", "", "", "d" + d, b.toString(), Map.of()));
        }
        Index index = Corpus.of(docs).index();
        // Term counts over a selection (keywords) are the documents' terms counted one by one,
        // whether the selection is small or most of the corpus (then its complement is counted).
        for (int k = 0; k < 3; k++) {
            BitSet some = new BitSet();
            for (int d = 0; d < n; d++) if (r.nextInt(4) > k) some.set(d);
            long[] want = new long[index.vocabularySize()];
            for (int d = some.nextSetBit(0); d >= 0; d = some.nextSetBit(d + 1))
                for (int id : index.documentTerms(d)) want[id]++;
            assertThat(index.termCounts(some))
                    .as("seed " + seed + " term counts over " + some)
                    .isEqualTo(want);
        }
        for (int q = 0; q < 25; q++) {
            String query = randomQuery(r);
            boolean cs = r.nextInt(4) == 0;
            BitSet scope = null;
            if (r.nextBoolean()) {
                scope = new BitSet();
                for (int d = 0; d < n; d++) if (r.nextBoolean()) scope.set(d);
            }
            List<Hit> expected = naive(docs, query, cs, scope);
            Query parsed = QueryParser.parse(query, cs);
            Index.Result got = index.find(parsed, scope, cs, Integer.MAX_VALUE);
            String why = "seed " + seed + ", query '" + query + "'" + (cs ? " --case" : "") + ", scope " + scope;
            assertThat(got.hits()).as(why).isEqualTo(expected);
            assertThat(got.total()).as(why).isEqualTo(expected.size());
            assertThat(got.documents()).as(why).isEqualTo((int)
                    expected.stream().mapToInt(Hit::doc).distinct().count());
            int limit = 1 + r.nextInt(5);
            assertThat(index.find(parsed, scope, cs, limit).hits())
                    .as(why + " limit " + limit)
                    .isEqualTo(expected.subList(0, Math.min(limit, expected.size())));
            // Hits per document (trend, count, dispersion) count the same hits.
            int[] perDoc = new int[n];
            expected.forEach(h -> perDoc[h.doc()]++);
            assertThat(index.hitsPerDocument(parsed, scope, cs))
                    .as(why + " per document")
                    .isEqualTo(perDoc);
            if (scope == null) {
                BitSet docsWithHits = new BitSet();
                expected.forEach(h -> docsWithHits.set(h.doc()));
                assertThat(index.documentsMatching(parsed, cs)).as(why).isEqualTo(docsWithHits);
            }
        }
    }

    private static String randomQuery(Random r) {
        String w = plain(WORDS[r.nextInt(WORDS.length)]);
        switch (r.nextInt(5)) {
            case 0, 1:
                return w;
            case 2: {
                int k = 2 + r.nextInt(2);
                StringBuilder b = new StringBuilder("\"").append(w);
                for (int i = 1; i < k; i++) b.append(' ').append(plain(WORDS[r.nextInt(WORDS.length)]));
                return b.append('"').toString();
            }
            default: {
                // A wildcard: a word cut after its first letter or more, then * ; or one letter as ?
                if (w.length() < 2 || !Character.isLetter(w.charAt(0)) || w.contains("'") || w.contains("’")) return w;
                int cut = 1 + r.nextInt(w.length() - 1);
                return r.nextBoolean()
                        ? w.substring(0, cut) + "*"
                        : w.substring(0, cut) + "?" + w.substring(Math.min(w.length(), cut + 1));
            }
        }
    }

    /** Query words are whole tokens; the clitic words of the vocabulary are queried as they are. */
    private static String plain(String w) {
        return w;
    }

    /** The same search as a regex over each text, with the tokenizer's rules spelt out. */
    private static List<Hit> naive(List<Document> docs, String query, boolean cs, BitSet scope) {
        String q = query.startsWith("\"") ? query.substring(1, query.length() - 1) : query;
        List<String> parts = QueryParser.words(q);
        StringBuilder re = new StringBuilder(B);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean clitic = part.startsWith("'") || part.startsWith("’");
            if (i > 0) re.append(clitic ? "" : "[^\\p{L}\\p{N}\\p{M}]+?");
            // A token ends where a letter/digit run ends, but "3.2" and "1,000" are one token: the separators
            // of the test never put . or , between digits, so a plain boundary is right.
            StringBuilder atom = new StringBuilder();
            for (char c : part.toCharArray()) {
                if (c == '*') atom.append("[\\p{L}\\p{N}\\p{M}.,]*?");
                else if (c == '?') atom.append("[^\\s\\p{Punct}“”’]");
                else if (c == '\'' || c == '’') atom.append("['’]");
                else atom.append(Pattern.quote(String.valueOf(c)));
            }
            re.append("(?:").append(atom).append(")");
            if (i < parts.size() - 1 && parts.get(i + 1).matches("['’].*")) continue;
            re.append(E);
        }
        Pattern p = Pattern.compile(re.toString(), cs ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Hit> out = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            if (scope != null && !scope.get(d)) continue;
            Matcher m = p.matcher(docs.get(d).text());
            int from = 0;
            while (from <= docs.get(d).text().length() && m.find(from)) {
                out.add(new Hit(d, m.start(), m.end()));
                from = m.start() + 1; // overlapping: "a a a" holds "a a" twice, as a concordance shows it
            }
        }
        return out;
    }
}
