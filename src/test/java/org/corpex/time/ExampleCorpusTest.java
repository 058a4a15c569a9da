package org.corpex.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** examples/harbor.jsonl is what ExampleCorpus generates (regenerate: -Dexamples.update=true). */
class ExampleCorpusTest {
    @Test
    void theCommittedExampleCorpusIsTheGeneratedOne() throws Exception {
        if (Boolean.getBoolean("examples.update")) ExampleCorpus.main(new String[0]);
        assertThat(Files.readString(ExampleCorpus.FILE))
                .as("examples/harbor.jsonl is stale: ./mvnw -o -q test -Dtest=ExampleCorpusTest -Dexamples.update=true")
                .isEqualTo(ExampleCorpus.generate());
    }
}
