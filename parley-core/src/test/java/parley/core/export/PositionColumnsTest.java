package parley.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.positions.Position;
import parley.core.positions.Stance;

class PositionColumnsTest {
    @Test
    void aStanceRowHasItsDayOnlyWhenDatedToADay() {
        List<Object> day = PositionColumns.row(new Position("RUS", "ceasefire", Stance.AGAINST, "2025-05-21", "a#1", "a",
                "Moscow rejected the truce."), "Russia");
        PositionColumns.TABLE.check(day);
        assertThat(day.get(PositionColumns.TABLE.index("date"))).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(day.get(PositionColumns.TABLE.index("stance"))).isEqualTo("against");
        List<Object> month = PositionColumns.row(new Position("RUS", "ceasefire", Stance.FOR, "2025-05", "b#1", null,
                null), null);
        PositionColumns.TABLE.check(month);
        assertThat(month.get(PositionColumns.TABLE.index("date"))).isNull();
        assertThat(month.get(PositionColumns.TABLE.index("date_precision"))).isEqualTo("month");
        assertThat(month.get(PositionColumns.TABLE.index("month"))).isEqualTo("2025-05");
    }
}
