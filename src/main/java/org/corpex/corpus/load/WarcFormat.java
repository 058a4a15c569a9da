package org.corpex.corpus.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Web archives (WARC 1.0/1.1, plain or gzip, as Common Crawl's CC-NEWS, Heritrix, wget and Browsertrix write them)
 * through jwarc, as a stream: one record at a time, never the file in memory. Each HTML response becomes a document
 * (its URL, crawl date, title, site, and the main text out of the page's chrome). Redirects, other statuses, non-HTML
 * payloads, revisits and second captures of one URL are counted in the load summary, not loaded.
 */
final class WarcFormat {
    private WarcFormat() {}

    /** A page larger than this is not an article: skipped with a warning that says how large. */
    static final int MAX_PAGE = 64 << 20;
    /** Pages parsed at once: the reader stays ahead of the parsers, memory stays bounded. */
    private static final int IN_FLIGHT = 64;
    /**
     * The parsers: one per core. Not the common pool, whose parallelism is one less than the cores (one thread on a
     * 2-core machine) and which the file-level load already occupies.
     */
    private static final ExecutorService PARSERS =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "corpex-warc-parser");
                t.setDaemon(true);
                return t;
            });

    static boolean isWarc(String lowerName) {
        return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
    }

    /** One response read off the archive, waiting for its HTML to be parsed. */
    private record Page(int number, String url, Instant crawled, byte[] body, Charset charset) {}

    static void read(InputStream in, String file, String stem, FileResult out) throws IOException {
        Set<String> seen = new HashSet<>();
        Deque<CompletableFuture<Object>> pending = new ArrayDeque<>();
        int html = 0;
        int records = 0;
        long at = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            reader.onWarning(w -> out.count("malformed"));
            while (true) {
                Cancellation.check();
                WarcRecord record;
                try {
                    at = reader.position();
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) break;
                    record = next.get();
                    boolean page = readRecord(record, file, stem, out, seen, pending, html);
                    records++;
                    if (page) html++;
                } catch (IOException | RuntimeException e) {
                    if (e instanceof CorpexException ce) throw ce;
                    // A cut or damaged archive: every complete record before the damage stands.
                    out.skip(
                            "malformed",
                            String.format(
                                    Locale.ROOT,
                                    "%s: skipped the rest: the archive is damaged or cut after %,d complete "
                                            + "record%s (at byte %,d: %s)",
                                    file,
                                    records,
                                    records == 1 ? "" : "s",
                                    at,
                                    Damage.why(e)));
                    break;
                }
            }
        } catch (IOException e) {
            // closing a damaged archive: what was read stands
        }
        while (!pending.isEmpty()) collect(pending.poll(), out);
    }

    /** One record: true when it is an HTML page handed to the parsers. */
    private static boolean readRecord(
            WarcRecord record,
            String file,
            String stem,
            FileResult out,
            Set<String> seen,
            Deque<CompletableFuture<Object>> pending,
            int html)
            throws IOException {
        if (record instanceof WarcRevisit) {
            out.count("revisit");
            return false;
        }
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource))
            return false; // requests, metadata, warcinfo
        String url = ((WarcTargetRecord) record).target();
        byte[] body;
        MediaType type;
        if (record instanceof WarcResponse response) {
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                out.count("not http");
                return false;
            }
            int status = http.status();
            if (status >= 300 && status < 400) {
                out.count("redirect");
                return false;
            }
            if (status < 200 || status >= 300) {
                out.count("http error");
                return false;
            }
            type = http.contentType();
            if (!isHtml(type)) {
                out.count("not html");
                return false;
            }
            if (!seen.add(url)) {
                out.count("duplicate url");
                return false;
            }
            body = readBody(http.bodyDecoded().stream(), url, file, out);
        } else {
            type = ((WarcResource) record).contentType();
            if (!isHtml(type)) {
                out.count("not html");
                return false;
            }
            if (!seen.add(url)) {
                out.count("duplicate url");
                return false;
            }
            body = readBody(record.body().stream(), url, file, out);
        }
        if (body == null) return false;
        out.bytes += body.length;
        Page page = new Page(html + 1, url, record.date(), body, charset(type));
        pending.add(CompletableFuture.supplyAsync(() -> parse(page, file, stem), PARSERS));
        while (pending.size() >= IN_FLIGHT) collect(pending.poll(), out);
        return true;
    }

    /** A page read: its draft, or the skip that says why it has none. */
    private static void collect(CompletableFuture<Object> f, FileResult out) {
        Object o = f.join();
        if (o instanceof Draft d) out.drafts.add(d);
        else if (o instanceof Skip s) out.skip(s);
    }

    private static byte[] readBody(InputStream in, String url, String file, FileResult out) throws IOException {
        byte[] b = in.readNBytes(MAX_PAGE + 1);
        if (b.length > MAX_PAGE) {
            out.skip("too large", file + ": skipped " + url + ": the page is larger than " + (MAX_PAGE >> 20) + " MB");
            in.skip(Long.MAX_VALUE);
            return null;
        }
        return b;
    }

    static boolean isHtml(MediaType t) {
        if (t == null) return false;
        String base = t.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static Charset charset(MediaType t) {
        String cs = t == null ? null : t.parameters().get("charset");
        if (cs == null) return null;
        try {
            return Charset.forName(cs.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The page as a draft, or the skip that says why it gives none (it holds no article text, or is binary). */
    private static Object parse(Page p, String file, String stem) {
        Charset cs = p.charset() != null ? p.charset() : Decoding.declaredCharset(p.body());
        String shown = file + "#" + p.number();
        Draft d;
        try {
            String html = Decoding.decode(p.body(), shown, cs).text();
            Document doc = Jsoup.parse(html, p.url());
            d = HtmlFormat.read(doc, shown, stem + "-" + p.number());
        } catch (Skip s) {
            return new Skip(s.reason, s.getMessage().replaceFirst(": skipped: ", ": skipped " + p.url() + ": "));
        }
        String host = host(p.url());
        Map<String, String> meta = new LinkedHashMap<>(d.meta());
        meta.put("crawl_date", p.crawled() == null ? "" : p.crawled().toString());
        meta.put("site", host);
        String date = !d.date().isEmpty()
                ? d.date()
                : p.crawled() == null ? "" : Dates.normalise(p.crawled().toString());
        String source = !d.source().isEmpty() ? d.source() : host;
        return new Draft(d.id(), d.title(), source, date, p.url(), d.path(), d.text(), meta, false);
    }

    static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return "";
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (RuntimeException e) {
            return "";
        }
    }
}
