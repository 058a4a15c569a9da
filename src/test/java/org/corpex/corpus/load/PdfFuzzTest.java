package org.corpex.corpus.load;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes PDF reading (PDFBox, and corpex's check of deflated streams before PDFBox decodes them) through Loader.load,
 * from a seed of one page (src/test/resources/.../PdfFuzzTestInputs). Any bytes give documents or one-line warnings
 * naming the file, never an exception or a hang.
 */
class PdfFuzzTest {
    @FuzzTest
    void pdf(byte[] data) {
        ArchiveFuzzTest.load("export.pdf", data);
    }
}
