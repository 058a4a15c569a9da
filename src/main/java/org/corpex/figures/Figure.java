package org.corpex.figures;

import java.util.Locale;

/**
 * One figure found in a document: where it is, what kind, its normalized value and unit, and what it measures. The seam
 * between extraction (which makes these) and the commands that tabulate, filter and reconcile them.
 *
 * @param doc position of the document in the corpus
 * @param start first character of the figure in the document text
 * @param end character after the figure
 * @param line 1-based line number
 * @param text the figure as written ("$41 billion", "nearly 70%")
 * @param kind money, percent, quantity, year, date, range, duration or number
 * @param value normalized value (41e9 for "$41 billion"; the low end of a range)
 * @param high the high end of a range (NaN when the figure is not a range)
 * @param unit ISO currency code for money (USD, CNY...), "%" for percent and "pp" for percentage points, the normalized
 *     unit of a measurement ("km", "lb-ft") or the counted noun of a quantity ("data centers", "troops"),
 *     "years"/"months"... for a duration, "years old" for an age (kind number), else ""
 * @param qualifier over, more than, nearly, about, up to, at least, under, + ...; "" when none
 * @param direction up or down where the text says ("surged 8%", "fell 10%"); "" when none
 * @param subject what the figure measures ("investment", "market cap", "parameters"); "" when unknown
 * @param entity for whom: the nearest capitalised name ("Contoso", "Northwind Traders"); "" when unknown
 * @param sentence the sentence the figure stands in
 * @param flag why the figure is doubtful ("recovered from glued text", "'pounds' read as money"), else ""
 * @param per the unit of a rate ("barrel" for "$60 per barrel", "share" for "$5 a share", "hour" for "80km/h"), else ""
 * @param period the time the figure refers to: a year ("2019"), a fiscal year ("FY2025"), or "" when neither the
 *     sentence nor the document's date says
 * @param frame what the figure states, of whom, where and when (see {@link Frame}); {@link Frame#NONE} for a figure
 *     that measures nothing
 */
public record Figure(
        int doc,
        int start,
        int end,
        int line,
        String text,
        Kind kind,
        double value,
        double high,
        String unit,
        String qualifier,
        String direction,
        String subject,
        String entity,
        String sentence,
        String flag,
        String per,
        String period,
        Frame frame) {

    /** A figure not yet framed (the extractor frames it once the whole document is read). */
    public Figure(
            int doc,
            int start,
            int end,
            int line,
            String text,
            Kind kind,
            double value,
            double high,
            String unit,
            String qualifier,
            String direction,
            String subject,
            String entity,
            String sentence,
            String flag,
            String per,
            String period) {
        this(
                doc,
                start,
                end,
                line,
                text,
                kind,
                value,
                high,
                unit,
                qualifier,
                direction,
                subject,
                entity,
                sentence,
                flag,
                per,
                period,
                Frame.NONE);
    }

    /** A figure with no rate and no period (hand-built figures in tests and tools). */
    public Figure(
            int doc,
            int start,
            int end,
            int line,
            String text,
            Kind kind,
            double value,
            double high,
            String unit,
            String qualifier,
            String direction,
            String subject,
            String entity,
            String sentence,
            String flag) {
        this(
                doc,
                start,
                end,
                line,
                text,
                kind,
                value,
                high,
                unit,
                qualifier,
                direction,
                subject,
                entity,
                sentence,
                flag,
                "",
                "",
                Frame.NONE);
    }

    /** This figure for another entity (the article's main subject when the sentence names no one). */
    public Figure withEntity(String e) {
        return new Figure(
                doc, start, end, line, text, kind, value, high, unit, qualifier, direction, subject, e, sentence, flag,
                per, period, frame);
    }

    public enum Kind {
        MONEY,
        PERCENT,
        QUANTITY,
        YEAR,
        DATE,
        RANGE,
        DURATION,
        NUMBER;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isRange() {
        return !Double.isNaN(high);
    }

    /**
     * The values this figure's wording allows, {low, high}: the number as written stands for everything that rounds to
     * it ("$41 billion" is 40.5 to 41.5 billion, "$41.2 billion" 41.15 to 41.25), widened by its qualifier's bound
     * (qualifiers.tsv: "nearly 70%" is just under 70, "more than 10%" 10 or somewhat more, "up to $5,000" anything to
     * 5,000).
     */
    public double[] allowed() {
        double lo = value, hi = isRange() ? high : value;
        double half = rounding();
        String bound = qualifier.isEmpty() ? "" : Lexicon.get().qualifierBounds.getOrDefault(qualifier, "");
        double m = Math.abs(hi);
        switch (bound) {
            case "above" -> hi += 0.1 * m;
            case "below" -> lo -= 0.05 * m;
            case "atmost" -> lo = Math.min(0, lo);
            case "near" -> {
                lo -= 0.05 * m;
                hi += 0.05 * m;
            }
            default -> {}
        }
        return new double[] {lo - half, hi + half};
    }

    /** Half the last written digit's worth, in the figure's unit: 0.5e9 for "$41 billion", 0.005 for "$1.25". */
    private double rounding() {
        int i = 0, n = text.length();
        while (i < n && !Character.isDigit(text.charAt(i))) i++;
        if (i == n) return Math.abs(value) * 0.005; // in words: "fifty-three billion"
        StringBuilder d = new StringBuilder();
        int decimals = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                d.append(c);
                if (decimals >= 0) decimals++;
            } else if (c == '.' && decimals < 0 && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                d.append(c);
                decimals = 0;
            } else if (c == ',' || c == ' ' && i + 1 < n && Character.isDigit(text.charAt(i + 1)) && d.length() <= 3)
                continue;
            else break;
        }
        double written = Double.parseDouble(d.toString());
        if (written == 0) return 0;
        double scale = Math.abs(value) / written;
        return 0.5 * Math.pow(10, -Math.max(0, decimals)) * scale;
    }
}
