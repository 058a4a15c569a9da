package org.corpex.query;

import java.util.List;
import org.corpex.index.Query;

/** The syntax tree of a filter expression. Positions are 0-based offsets into the expression. */
sealed interface Expr {
    /**
     * Every part matches. A chain {@code a b c ...} is one node with many parts, not a nested pair per operator, so
     * that 100,000 terms never make evaluation recurse 100,000 deep.
     */
    record And(List<Expr> parts) implements Expr {
        public And {
            parts = List.copyOf(parts);
        }
    }
    /** Any part matches; flat for the same reason as {@link And}. */
    record Or(List<Expr> parts) implements Expr {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    record Not(Expr inner) implements Expr {}
    /** A word, phrase, wildcard or regex, answered from the index. */
    record Term(Query query, int pos) implements Expr {}
    /** field:value — containment, a glob over the whole value, or a prefix for ids. */
    record FieldMatch(String field, String value, int pos) implements Expr {}
    /** has:field — the field is not empty. */
    record Has(String field, int pos) implements Expr {}
    /** field OP value with OP one of = != < <= > >=. */
    record Compare(String field, String op, String value, int pos) implements Expr {}
}
