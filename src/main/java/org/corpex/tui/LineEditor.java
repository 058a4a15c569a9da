package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one-line editor on the bottom row: ':' commands, '/' searches, the filter line, file names and the live KWIC
 * query. Emacs-ish keys (Ctrl-A/E/U/W) as in a shell; Up/Down walk the history.
 */
final class LineEditor {
    final String label;
    private final StringBuilder text;
    private int cursor;
    private final Consumer<String> onSubmit;
    private final Consumer<String> onChange; // null unless the screen follows each keystroke
    private final List<String> history; // may be null
    private int historyAt;

    enum Result {
        KEEP,
        SUBMIT,
        CANCEL
    }

    LineEditor(
            String label, String initial, List<String> history, Consumer<String> onSubmit, Consumer<String> onChange) {
        this.label = label;
        this.text = new StringBuilder(initial);
        this.cursor = text.length();
        this.history = history;
        this.historyAt = history == null ? 0 : history.size();
        this.onSubmit = onSubmit;
        this.onChange = onChange;
    }

    String text() {
        return text.toString();
    }

    int cursor() {
        return cursor;
    }

    Result key(KeyStroke k) {
        String before = text.toString();
        Result r = edit(k);
        if (r == Result.KEEP && onChange != null && !before.contentEquals(text)) onChange.accept(text.toString());
        return r;
    }

    /** Runs what Enter means; called once the editor is off the screen, so it may open another. */
    void submit() {
        String line = text.toString();
        if (history != null
                && !line.isBlank()
                && (history.isEmpty() || !history.get(history.size() - 1).equals(line))) history.add(line);
        onSubmit.accept(line);
    }

    private Result edit(KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Enter) return Result.SUBMIT;
        if (t == KeyType.Escape) return Result.CANCEL;
        if (t == KeyType.Character && k.isCtrlDown()) {
            switch (Character.toLowerCase(k.getCharacter())) {
                case 'c', 'g' -> {
                    return Result.CANCEL;
                }
                case 'a' -> cursor = 0;
                case 'e' -> cursor = text.length();
                case 'u' -> {
                    text.delete(0, cursor);
                    cursor = 0;
                }
                case 'k' -> text.setLength(cursor);
                case 'w' -> {
                    int i = cursor;
                    while (i > 0 && text.charAt(i - 1) == ' ') i--;
                    while (i > 0 && text.charAt(i - 1) != ' ') i--;
                    text.delete(i, cursor);
                    cursor = i;
                }
                case 'h' -> backspace();
                default -> {}
            }
            return Result.KEEP;
        }
        switch (t) {
            case Character -> {
                if (!k.isAltDown()) {
                    text.insert(cursor, k.getCharacter().charValue());
                    cursor++;
                }
            }
            case Backspace -> {
                if (text.length() == 0) return Result.CANCEL; // as in vim and less
                backspace();
            }
            case Delete -> {
                if (cursor < text.length()) text.deleteCharAt(cursor);
            }
            case ArrowLeft -> cursor = Math.max(0, cursor - 1);
            case ArrowRight -> cursor = Math.min(text.length(), cursor + 1);
            case Home -> cursor = 0;
            case End -> cursor = text.length();
            case ArrowUp -> recall(-1);
            case ArrowDown -> recall(1);
            default -> {}
        }
        return Result.KEEP;
    }

    private void backspace() {
        if (cursor > 0) {
            int n = cursor >= 2 && Character.isLowSurrogate(text.charAt(cursor - 1)) ? 2 : 1;
            text.delete(cursor - n, cursor);
            cursor -= n;
        }
    }

    private void recall(int step) {
        if (history == null || history.isEmpty()) return;
        historyAt = Math.max(0, Math.min(history.size(), historyAt + step));
        text.setLength(0);
        if (historyAt < history.size()) text.append(history.get(historyAt));
        cursor = text.length();
    }
}
