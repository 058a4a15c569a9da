package org.corpex.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Loading a web archive: a WARC.gz of --size (compressed), made once from the generated articles wrapped in news-page
 * chrome (menus, related links, footers), with a redirect and an image every so often. Prints MB/s of compressed input
 * and the peak heap of the load.
 */
final class WarcSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        Path warc = c.dir().resolveSibling("warc-" + Bench.sizeLabel(c.size()) + ".warc.gz");
        try {
            Path marker = warc.resolveSibling(warc.getFileName() + ".complete");
            if (!Files.exists(marker)) {
                c.log().println("bench: generating " + warc + "...");
                int pages = generate(warc, c.size());
                Files.writeString(marker, pages + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double mb = warc.toFile().length() / 1048576.0;
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadAverage = os.getSystemLoadAverage();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        LoadReport r = Loader.load(List.of(warc.toString()), FieldNames.DETECT);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        out.add(
                "warc",
                "load WARC.gz",
                mb / secs,
                "MB/s",
                Double.NaN,
                String.format(
                        Locale.ROOT,
                        "compressed input; target >= 20; %.0f MB in %.1f s, %,d pages, %.0f MB of HTML",
                        mb,
                        secs,
                        r.documents().size(),
                        r.bytes() / 1048576.0));
        System.gc();
        long live = Bench.Context.usedHeap();
        out.add(
                "warc",
                "per CPU-second",
                mb / cpu,
                "MB/s",
                Double.NaN,
                String.format(
                        Locale.ROOT,
                        "all threads, GC included: what each core gives; %.1f CPU-s, load average %.1f before",
                        cpu,
                        loadAverage));
        out.add(
                "warc",
                "peak heap",
                peak / 1048576.0,
                "MB",
                Double.NaN,
                String.format(
                        Locale.ROOT,
                        "garbage not yet collected included; %.0f MB live after the load (the documents; never "
                                + "the raw file)",
                        live / 1048576.0));
        if (r.documents().isEmpty()) throw new IllegalStateException("no page loaded");
    }

    /** Writes pages until the file reaches {@code bytes}; returns how many. */
    static int generate(Path warc, long bytes) throws IOException {
        Files.createDirectories(warc.getParent());
        CorpusGenerator g = new CorpusGenerator();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        int n = 0;
        try (FileChannel ch = FileChannel.open(
                        warc,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            while (ch.size() < bytes) {
                String text = g.document(n, 24 * 1024);
                String url = "https://news" + (n % 40) + ".example/" + (2020 + n % 6) + "/story-" + n;
                w.write(response(
                        url,
                        t.plusSeconds(n),
                        200,
                        "text/html; charset=utf-8",
                        page(text, n).getBytes(StandardCharsets.UTF_8)));
                if (n % 25 == 0) w.write(response(url + "-old", t.plusSeconds(n), 301, "text/html", new byte[0]));
                if (n % 20 == 0) w.write(response(url + ".png", t.plusSeconds(n), 200, "image/png", new byte[64]));
                n++;
            }
        }
        return n;
    }

    private static WarcResponse response(String url, Instant date, int status, String type, byte[] body)
            throws IOException {
        HttpResponse.Builder h = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently");
        if (status >= 300 && status < 400) h.addHeader("Location", url.replace("-old", ""));
        return new WarcResponse.Builder(URI.create(url))
                .date(date)
                .body(h.body(MediaType.parse(type), body).build())
                .build();
    }

    private static String page(String text, int n) {
        String[] paras = text.split("\n\n");
        StringBuilder b = new StringBuilder(text.length() * 2);
        b.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(paras[0])
                .append("</title>")
                .append("<meta property=\"og:site_name\" content=\"News ")
                .append(n % 40)
                .append("\"></head><body>")
                .append("<header><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a "
                        + "href=\"/business\">Business</a></header><nav><ul>");
        for (int i = 0; i < 12; i++)
            b.append("<li><a href=\"/section/")
                    .append(i)
                    .append("\">Section ")
                    .append(i)
                    .append("</a></li>");
        b.append("</ul></nav><div class=\"page\"><div class=\"story-body\"><h1>")
                .append(paras[0])
                .append("</h1>");
        for (int i = 1; i < paras.length; i++) b.append("<p>").append(paras[i]).append("</p>");
        b.append("</div><aside class=\"related\"><ul>");
        for (int i = 1; i <= 6; i++)
            b.append("<li><a href=\"/story-")
                    .append(n + i)
                    .append("\">Story ")
                    .append(n + i)
                    .append("</a></li>");
        b.append("</ul></aside></div><footer><p>Copyright News Group. Terms, privacy and "
                + "cookies.</p></footer></body></html>");
        return b.toString();
    }
}
