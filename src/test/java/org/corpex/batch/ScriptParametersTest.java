package org.corpex.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpex.base.CorpexException;
import org.junit.jupiter.api.Test;

class ScriptParametersTest {
    private final List<String> warnings = new ArrayList<>();
    private final ScriptParameters p = new ScriptParameters(
            List.of("war", "data centres"), Map.of("QUERY", "cloud"), Map.of("HOME_TOPIC", "port"));

    private String apply(String line) {
        return p.apply(line, warnings::add);
    }

    @Test
    void positionalNamedEnvironmentAndDefaults() {
        assertThat(apply("filter $1")).isEqualTo("filter war");
        assertThat(apply("kwic \"$2\" --limit 3")).isEqualTo("kwic \"data centres\" --limit 3");
        assertThat(apply("kwic ${QUERY} > ${QUERY}.csv")).isEqualTo("kwic cloud > cloud.csv");
        assertThat(apply("kwic ${HOME_TOPIC}")).isEqualTo("kwic port");
        assertThat(apply("kwic ${MISSING:-invest*} ${3:-x}")).isEqualTo("kwic invest* x");
        assertThat(warnings).isEmpty();
    }

    @Test
    void moneyQuotesAndEscapesStayAsWritten() {
        assertThat(apply("kwic $53 billion")).isEqualTo("kwic $53 billion");
        assertThat(apply("kwic $5.5 $5,000")).isEqualTo("kwic $5.5 $5,000");
        assertThat(apply("kwic '$1 ${QUERY}'")).isEqualTo("kwic '$1 ${QUERY}'");
        assertThat(apply("kwic /\\$1/")).isEqualTo("kwic /\\$1/");
        assertThat(apply("# filter $1")).isEqualTo("# filter $1");
        assertThat(warnings).isEmpty();
        assertThat(apply("kwic $5 billion")).isEqualTo("kwic $5 billion");
        assertThat(warnings).containsExactly("$5 is not given (no --arg 5), so it stays as written");
    }

    @Test
    void aNamedParameterNothingGivesIsAnError() {
        assertThatThrownBy(() -> apply("kwic ${TOPIC}"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("${TOPIC} is not given (run with --param TOPIC=VALUE, or set TOPIC in the environment, or "
                        + "give a default: ${TOPIC:-VALUE})");
        assertThatThrownBy(() -> apply("kwic ${TOPIC")).hasMessage("'${' without its closing '}'");
        assertThatThrownBy(() -> apply("kwic ${a b}")).hasMessageStartingWith("'${a b}': a parameter is a name");
    }
}
