package org.corpex.solr;

import org.corpex.base.CorpexException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a collection lives: {@code solr://HOST:PORT/COLLECTION} (plain HTTP) or
 * {@code solrs://HOST:PORT/COLLECTION} (TLS). HOST:PORT is any node of the SolrCloud cluster; the
 * client learns the others, and which replicas are live, from it. Several nodes may be given,
 * separated by commas, so that opening does not depend on one.
 */
public record SolrAddress(boolean tls, java.util.List<String> nodes, String collection) {
    private static final Pattern FORM = Pattern.compile("(solrs?)://([^/?#\\s]+)/([A-Za-z0-9][A-Za-z0-9._-]*)/?");
    private static final Pattern NODE = Pattern.compile("[A-Za-z0-9.-]+:\\d{1,5}|\\[[0-9A-Fa-f:.]+\\]:\\d{1,5}");

    /** Whether the user's text names a collection rather than files. */
    public static boolean looksLike(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("solr://") || l.startsWith("solrs://");
    }

    public static SolrAddress parse(String s) {
        Matcher m = FORM.matcher(s.trim());
        if (!m.matches()) {
            throw new CorpexException(s + ": not a collection address; write solr://HOST:PORT/COLLECTION (solrs:// for TLS)");
        }
        java.util.List<String> nodes = new java.util.ArrayList<>();
        for (String n : m.group(2).split(",")) {
            if (!NODE.matcher(n).matches()) {
                throw new CorpexException(s + ": '" + n + "' is not HOST:PORT; write solr://HOST:PORT/COLLECTION");
            }
            nodes.add(n);
        }
        return new SolrAddress(m.group(1).equalsIgnoreCase("solrs"), java.util.List.copyOf(nodes), m.group(3));
    }

    /** The nodes' base URLs, as SolrJ wants them. */
    public java.util.List<String> urls() {
        return nodes.stream().map(n -> (tls ? "https://" : "http://") + n + "/solr").toList();
    }

    @Override public String toString() {
        return (tls ? "solrs://" : "solr://") + String.join(",", nodes) + "/" + collection;
    }
}
