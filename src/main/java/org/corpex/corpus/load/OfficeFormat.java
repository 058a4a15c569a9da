package org.corpex.corpus.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.swing.text.Document;
import javax.swing.text.rtf.RTFEditorKit;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * DOCX, PDF and RTF: what news databases (LexisNexis, Factiva, ProQuest) export. The text comes from the narrow parsers
 * Apache Tika wraps (Apache POI for DOCX, PDFBox for PDF) and from the JDK's RTF reader; their classes load only when
 * such a file is met. An export that holds many articles is split into them by {@link DatabaseExports}; any other file
 * is one document.
 */
final class OfficeFormat {
    private OfficeFormat() {}

    static {
        // The parsers log through Log4j and commons-logging: without this, a run that reads a DOCX
        // prints "could not find a logging provider", and PDFBox warns about every odd font.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.setProperty("java.awt.headless", "true");
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.OFF);
        Logger.getLogger("org.apache.fontbox").setLevel(Level.OFF);
    }

    static boolean handles(String ext) {
        return ext.equals("docx") || ext.equals("pdf") || ext.equals("rtf");
    }

    static void read(String ext, byte[] bytes, String file, String stem, FileResult out) throws Skip {
        String text;
        try {
            text = switch (ext) {
                case "docx" -> docx(bytes);
                case "pdf" -> pdf(bytes, file);
                default -> rtf(bytes);
            };
        } catch (Skip s) {
            throw s;
        } catch (Inflation.Bomb b) {
            throw new Skip("too large", b.getMessage());
        } catch (Exception | LinkageError | StackOverflowError e) {
            String why = Damage.why(e);
            throw new Skip("malformed", file + ": skipped: not a readable ." + ext + " file (" + why + ")");
        }
        text = Clean.lines(text);
        if (Clean.isBlank(text))
            throw new Skip(
                    "empty",
                    file + ": skipped: no text in it" + (ext.equals("pdf") ? " (a scanned PDF needs OCR first)" : ""));
        List<DatabaseExports.Article> articles = DatabaseExports.split(text);
        if (articles.isEmpty()) {
            out.drafts.add(TextFormat.read(text, file, stem));
            return;
        }
        int width = String.valueOf(articles.size()).length();
        int n = 0;
        for (DatabaseExports.Article a : articles) {
            n++;
            if (Clean.isBlank(a.text())) {
                out.skip("empty", file + ": skipped article " + n + " ('" + a.title() + "'): no body text");
                continue;
            }
            String id = stem + "-" + String.format(Locale.ROOT, "%0" + width + "d", n);
            out.drafts.add(new Draft(
                    id,
                    a.title(),
                    a.source(),
                    Dates.normalise(a.date()),
                    "",
                    file + "#" + n,
                    a.text(),
                    a.meta(),
                    false));
        }
        out.recognized.merge(articles.get(0).export() + " export|articles", articles.size(), Integer::sum);
    }

    private static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    private static String pdf(byte[] bytes, String file) throws Exception {
        // PDFBox's Loader by its full name: two classes share the name (this package has a Loader).
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new IllegalStateException("it does not allow its text to be extracted");
            }
            checkStreams(doc, file);
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc);
        }
    }

    /**
     * PDFBox decodes a stream whole into memory before it is read: a few MB of deflated zeros become gigabytes. Each
     * deflated stream is inflated here first, counted and dropped, under {@link Inflation}'s limits, so a bomb is one
     * line naming its object, not an exhausted heap.
     */
    private static void checkStreams(PDDocument doc, String file) throws IOException {
        COSDocument cos = doc.getDocument();
        byte[] buf = new byte[1 << 16];
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            COSObject o = cos.getObjectFromPool(key);
            if (o == null || !(o.getObject() instanceof COSStream stream)) continue;
            COSBase filters = stream.getFilters();
            COSBase first = filters instanceof COSArray a && a.size() > 0 ? a.getObject(0) : filters;
            if (!COSName.FLATE_DECODE.equals(first) && !COSName.FLATE_DECODE_ABBREVIATION.equals(first)) continue;
            String shown = file + " (stream " + key.getNumber() + ")";
            Inflation.Source raw = new Inflation.Source(stream.createRawInputStream());
            try (InputStream in = new InflaterInputStream(raw, new Inflater(), 1 << 16)) {
                long out = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    out += n;
                    Inflation.check(shown, out, raw.in);
                }
            } catch (Inflation.Bomb b) {
                throw b;
            } catch (IOException e) {
                // a damaged stream: PDFBox reads what it can of it, as it would without this check
            }
        }
    }

    private static String rtf(byte[] bytes) throws Exception {
        RTFEditorKit kit = new RTFEditorKit();
        Document doc = kit.createDefaultDocument();
        kit.read(new ByteArrayInputStream(bytes), doc, 0);
        return doc.getText(0, doc.getLength());
    }
}
