package org.corpex.figures;

/**
 * What the grammar read from one number, as far as it has read: an immutable value that each reader of a slot (the
 * number, its scale, a currency, a unit, a counted noun...) takes and returns, changed by what it read. A reader that
 * reads nothing returns the reading it was given.
 *
 * @param start where the figure starts (a currency, sign or unit before the number included)
 * @param end where the figure ends, as far as read
 * @param numEnd where the number itself ends (with its power of ten)
 * @param value the value, signed and scaled
 * @param spelled the number is written in words ("twenty")
 * @param decimal the number has a decimal part
 * @param scaled a scale word or letter multiplied it ("million", "bn", "m")
 * @param signed a sign or sign word stands before it ("-", "minus")
 * @param grouped written with thousands separators ("2,000"): never a year
 * @param digits the number as written, digits only ("" when spelled)
 * @param kind what it is; null while nothing says
 * @param unit currency code, unit, counted noun, "%"...
 * @param per the unit of a rate ("barrel" in "$60 per barrel")
 * @param flag what the reading had to guess ("'m' read as million (not metres)")
 * @param qualifier how exact it is ("+", "over the next")
 * @param direction "up", "down" or ""
 * @param currencyBefore the currency stands before the number ("$5", "USD 5")
 * @param scale the multiplier of the scale read (1 when none)
 */
record Reading(
        int start,
        int end,
        int numEnd,
        double value,
        boolean spelled,
        boolean decimal,
        boolean scaled,
        boolean signed,
        boolean grouped,
        String digits,
        Figure.Kind kind,
        String unit,
        String per,
        String flag,
        String qualifier,
        String direction,
        boolean currencyBefore,
        double scale) {

    /**
     * A number in digits as written: digits, decimal part and grouping, ending at numEnd; nothing read around it yet.
     */
    static Reading digits(int start, int numEnd, double value, String digits, boolean decimal, boolean grouped) {
        return new Reading(
                start, numEnd, numEnd, value, false, decimal, false, false, grouped, digits, null, "", "", "", "", "",
                false, 1);
    }

    /** A number in words, ending at numEnd; scaled when its words hold a scale ("two million"). */
    static Reading spelled(int start, int numEnd, double value, boolean scaled) {
        return new Reading(
                start, numEnd, numEnd, value, true, false, scaled, false, false, "", null, "", "", "", "", "", false,
                1);
    }

    Reading withStart(int start) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    /** This reading ending at e: itself when it does, so that a reader that read nothing allocates nothing. */
    Reading endingAt(int e) {
        return e == end ? this : withEnd(e);
    }

    Reading withEnd(int end) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    Reading withValue(double value) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    Reading withKind(Figure.Kind kind) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    Reading withUnit(String unit) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    Reading withPer(String per) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    Reading withFlag(String flag) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    Reading withQualifier(String qualifier) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    Reading withDirection(String direction) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    /** The number's power of ten read: "6.02 x 10^23" is a scaled decimal ending at numEnd. */
    Reading withPower(double value, int numEnd) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                true,
                true,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    /** A scale read: the value (already multiplied) and the multiplier. */
    Reading withScale(double value, double scale) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                true,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    /** A sign read before the number: the figure starts at it and the value is negated (unless the sign is a plus). */
    Reading withSign(int start, boolean negate) {
        return new Reading(
                start,
                end,
                numEnd,
                negate ? -value : value,
                spelled,
                decimal,
                scaled,
                true,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    /** What the figure is and its unit. */
    Reading as(Figure.Kind kind, String unit) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                kind,
                unit,
                per,
                flag,
                qualifier,
                direction,
                currencyBefore,
                scale);
    }

    /** Money in this currency. */
    Reading money(String code) {
        return as(Figure.Kind.MONEY, code);
    }

    /** Money whose currency stands before the number, from start. */
    Reading moneyBefore(int start, String code) {
        return new Reading(
                start,
                end,
                numEnd,
                value,
                spelled,
                decimal,
                scaled,
                signed,
                grouped,
                digits,
                Figure.Kind.MONEY,
                code,
                per,
                flag,
                qualifier,
                direction,
                true,
                scale);
    }
}
