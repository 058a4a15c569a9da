package org.corpex.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.corpex.corpus.Document;
import org.corpex.figures.Extractor;
import org.corpex.quotes.Quotes;
import org.junit.jupiter.api.Test;

/** What a build stores of a document is what the figures and the attributions found apart would store. */
class RecordsTest {
    @Test
    void oneTokenisationForFiguresAndQuotesStoresWhatTwoWould() {
        List<String> texts = List.of(
                // a figure quoted: both read the sentence
                "City budget grows\n\nMayor Ruth Okafor said on Monday that the budget would rise 5 percent to $3"
                        + " billion. \"We will pay for it,\" she said. The council meets in March.",
                // non-breaking spaces: figures read a copy with plain spaces, attributions the text as written
                "Mayor Ruth\u00A0Okafor said the levy raised $40\u00A0million for Harbor\u00A0County. \"It works,\""
                        + " said Tom\u00A0Keane, the council's chair. Her rival said it cost 12\u00A0percent more.",
                // no figure, no attribution
                "A quiet day on the river.");
        for (int i = 0; i < texts.size(); i++) {
            Document d = Document.of("d" + i, "", "wire", "2016-03-01", "", "", texts.get(i), Map.of());
            BytesRef together = Records.extracted(d, i);
            BytesRef apart = Records.extracted(Extractor.extract(d, i), Quotes.find(d), d);
            assertThat(together).as(texts.get(i)).isEqualTo(apart);
        }
    }
}
