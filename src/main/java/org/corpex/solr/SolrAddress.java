package org.corpex.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpex.base.CorpexException;

/**
 * Where a collection lives: {@code solr://HOST:PORT/COLLECTION} (plain HTTP) or {@code solrs://HOST:PORT/COLLECTION}
 * (TLS), where HOST:PORT is any node of the SolrCloud cluster (the client learns the others, and which replicas are
 * live, from it); or {@code zk://HOST:PORT[/CHROOT]/COLLECTION}, the cluster's ZooKeeper, as Solr's own nodes find it.
 * Several nodes (or ZooKeeper servers) may be given, separated by commas, so that opening does not depend on one.
 */
public record SolrAddress(boolean tls, boolean zookeeper, List<String> nodes, String chroot, String collection) {
    private static final Pattern FORM = Pattern.compile("(solrs?)://([^/?#\\s]+)/([A-Za-z0-9][A-Za-z0-9._-]*)/?");
    private static final Pattern ZK_FORM =
            Pattern.compile("zk://([^/?#\\s]+)((?:/[A-Za-z0-9._-]+)*)/([A-Za-z0-9][A-Za-z0-9._-]*)/?");
    private static final Pattern NODE = Pattern.compile("[A-Za-z0-9.-]+:\\d{1,5}|\\[[0-9A-Fa-f:.]+\\]:\\d{1,5}");

    /** Whether the user's text names a collection rather than files. */
    public static boolean looksLike(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("solr://") || l.startsWith("solrs://") || l.startsWith("zk://");
    }

    private static final Pattern USERINFO = Pattern.compile("(?i)^\\s*(solrs?|zk)://[^/?#\\s]*@");

    /** The address with any user and password in it masked: what messages may echo. */
    public static String redacted(String s) {
        return s == null ? null : s.replaceAll("//[^/?#\\s]*@", "//***@");
    }

    public static SolrAddress parse(String s) {
        if (USERINFO.matcher(s).find()) {
            // solr://user:password@host:port/c: never echoed, never used (it would sit in shell history and process
            // lists)
            throw new CorpexException(redacted(s) + ": a user or password does not go in the address; set "
                    + SolrConnection.ENV_USER + " and " + SolrConnection.ENV_PASSWORD + ", or "
                    + SolrConnection.ENV_CREDENTIALS + "=FILE");
        }
        Matcher z = ZK_FORM.matcher(s.trim());
        if (z.matches()) return new SolrAddress(false, true, nodes(s, z.group(1)), z.group(2), z.group(3));
        Matcher m = FORM.matcher(s.trim());
        if (!m.matches()) {
            throw new CorpexException(
                    redacted(s) + ": not a collection address; write solr://HOST:PORT/COLLECTION (solrs:// for TLS)"
                            + " or zk://HOST:PORT[/CHROOT]/COLLECTION");
        }
        return new SolrAddress(m.group(1).equalsIgnoreCase("solrs"), false, nodes(s, m.group(2)), "", m.group(3));
    }

    private static List<String> nodes(String s, String list) {
        List<String> nodes = new ArrayList<>();
        for (String n : list.split(",")) {
            if (!NODE.matcher(n).matches()) {
                throw new CorpexException(
                        redacted(s) + ": '" + n + "' is not HOST:PORT; write solr://HOST:PORT/COLLECTION");
            }
            nodes.add(n);
        }
        return List.copyOf(nodes);
    }

    /** The nodes' base URLs, as SolrJ wants them (none for a ZooKeeper address). */
    public List<String> urls() {
        if (zookeeper) return List.of();
        return nodes.stream()
                .map(n -> (tls ? "https://" : "http://") + n + "/solr")
                .toList();
    }

    @Override
    public String toString() {
        if (zookeeper) return "zk://" + String.join(",", nodes) + chroot + "/" + collection;
        return (tls ? "solrs://" : "solr://") + String.join(",", nodes) + "/" + collection;
    }
}
