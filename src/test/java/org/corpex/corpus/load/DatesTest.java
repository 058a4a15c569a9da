package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2025|2025",
                "2025-03|2025-03",
                "2025-03-09|2025-03-09",
                "2025-3-9|2025-03-09",
                "2025-03-09T23:30:00-05:00|2025-03-09",
                "2025-03-09T10:00:00Z|2025-03-09",
                "2025-03-09 10:00:00.000|2025-03-09",
                "2025/03/09|2025-03-09",
                "2025.03.09|2025-03-09",
                "20250309|2025-03-09",
                "March 9, 2025|2025-03-09",
                "Mar. 9, 2025|2025-03-09",
                "Sunday, March 9, 2025|2025-03-09",
                "march 9th 2025|2025-03-09",
                "9 March 2025|2025-03-09",
                "9th Sept 2025|2025-09-09",
                "March 2025|2025-03",
                "Sun, 09 Mar 2025 10:00:00 GMT|2025-03-09",
                "Tue, 1 Apr 2025 08:00:00 +0000|2025-04-01",
                "'  2025-03-09\u00A0'|2025-03-09",
            })
    void commonFormsBecomeIso(String raw, String iso) {
        assertThat(Dates.normalise(raw)).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0} is kept")
    @CsvSource(
            delimiter = '|',
            value = {"yesterday", "03/09/2025", "2025-02-30", "2025-13", "Q1 2025", "1990s"})
    void unreadableDatesAreKeptRaw(String raw) {
        assertThat(Dates.normalise(raw)).isEqualTo(raw);
    }
}
