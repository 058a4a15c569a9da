package org.corpex.figures;

/**
 * One figure found in a document: where it is, what kind, its normalized value and unit, and
 * what it measures. The seam between extraction (which makes these) and the commands that
 * tabulate, filter and reconcile them.
 *
 * @param doc       position of the document in the corpus
 * @param start     first character of the figure in the document text
 * @param end       character after the figure
 * @param line      1-based line number
 * @param text      the figure as written ("$53 billion", "nearly 70%")
 * @param kind      money, percent, quantity, year, date, range, duration or number
 * @param value     normalized value (53e9 for "$53 billion"; the low end of a range)
 * @param high      the high end of a range (NaN when the figure is not a range)
 * @param unit      ISO currency code for money (USD, CNY...), "%" for percent, the unit noun for a
 *                  quantity ("data centers"), "years"/"months"... for a duration, else ""
 * @param qualifier over, more than, nearly, about, up to, at least, under, + ...; "" when none
 * @param direction up or down where the text says ("surged 8%", "fell 10%"); "" when none
 * @param subject   what the figure measures ("investment", "market cap", "parameters"); "" when unknown
 * @param entity    for whom ("Alibaba", "Microsoft"); "" when unknown
 * @param sentence  the sentence the figure stands in
 * @param flag      why the figure is doubtful ("recovered from glued text"), else ""
 */
public record Figure(int doc, int start, int end, int line, String text, Kind kind, double value, double high,
                     String unit, String qualifier, String direction, String subject, String entity,
                     String sentence, String flag) {

    public enum Kind {
        MONEY, PERCENT, QUANTITY, YEAR, DATE, RANGE, DURATION, NUMBER;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public boolean isRange() { return !Double.isNaN(high); }
}
