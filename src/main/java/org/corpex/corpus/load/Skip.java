package org.corpex.corpus.load;

/**
 * Why a file or a record is not loaded: a reason key counted in the summary ("binary", "empty", "malformed"...) and the
 * message of its warning. No stack trace: it is a report, not a crash.
 */
final class Skip extends Exception {
    final String reason;

    Skip(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }
}
