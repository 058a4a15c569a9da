package org.corpex.tui;

import org.corpex.quotes.QuotesCommand;
import org.corpex.table.Table;

/**
 * A {@code quotes} table. Enter on a quote opens its document at its line; on a speaker's row ({@code quotes --by
 * speaker}) it lists that speaker's quotes, from which Enter goes on to a document.
 */
final class QuotesView extends TableView {
    QuotesView(Table t) {
        super(t);
    }

    @Override
    protected void open(FullScreen fs) {
        if (table.columnIndex("doc") >= 0) {
            super.open(fs);
            return;
        }
        Object speaker = selected("speaker");
        if (speaker == null) {
            fs.say("nothing to open");
            return;
        }
        Table t = fs.run(QuotesCommand.bySpeaker(speaker.toString()));
        if (t == null) return;
        fs.push(new QuotesView(t));
        fs.say(speaker + ": " + (t.notes().isEmpty() ? "" : t.notes().get(0)));
    }
}
