package org.corpex.index;

/** One match: a document (its position in the corpus) and the characters [start, end) of its text. */
public record Hit(int doc, int start, int end) {}
