package parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearEventFilterTest {
    @Test
    void scoresTheLogisticOfBiasPlusWeights() {
        LinearEventFilter filter = new LinearEventFilter(Map.of("type=REJECT", 2.0, "aux=future", -1.0), -0.5, 0.5);
        assertThat(filter.probability(List.of("type=REJECT"))).isCloseTo(1 / (1 + Math.exp(-1.5)), within(1e-12));
        assertThat(filter.probability(List.of("type=REJECT", "aux=future", "unknown"))).isCloseTo(1 / (1 + Math.exp(-0.5)), within(1e-12));
        assertThat(filter.probability(List.of())).isLessThan(0.5);
    }

    @Test
    void readsWhatItWritesAndVersionsItsContent() throws Exception {
        LinearEventFilter filter = new LinearEventFilter(Map.of("b=1", 0.25, "a=1", -1.125), 0.5, 0.4);
        assertThat(filter.text()).isEqualTo("threshold\t0.400000\nbias\t0.500000\na=1\t-1.125000\nb=1\t0.250000\n");
        LinearEventFilter read = LinearEventFilter.read(stream("# a comment\n" + filter.text()), "test");
        assertThat(read.weights()).isEqualTo(filter.weights());
        assertThat(read.version()).isEqualTo(filter.version()).startsWith("filter-");
        assertThat(filter.withThreshold(0.6).version()).isNotEqualTo(filter.version());
    }

    @Test
    void namesTheBadLine() {
        assertThatThrownBy(() -> LinearEventFilter.read(stream("threshold\t0.5\nbias\tx\n"), "m.tsv"))
                .hasMessageContaining("m.tsv:2: expected 'feature<TAB>weight'");
        assertThatThrownBy(() -> LinearEventFilter.read(stream("bias\t0.1\n"), "m.tsv")).hasMessageContaining("needs a 'threshold'");
        assertThatThrownBy(() -> LinearEventFilter.read(stream("threshold\t0.5\nbias\t0\na\t1\na\t2\n"), "m.tsv"))
                .hasMessageContaining("feature 'a' twice");
        assertThatThrownBy(() -> new LinearEventFilter(Map.of(), 0, 1.5)).hasMessageContaining("threshold must be in [0, 1]");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
