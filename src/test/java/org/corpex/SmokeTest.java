package org.corpex;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpex.table.Table;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void docsListsTheFiveSeeds() {
        Table t = TestShell.seeds().run("docs");
        assertThat(TestShell.column(t, "id")).hasSize(5).allMatch(id -> id.matches("00[0-4]_[0-9a-f]{16}"));
    }
}
