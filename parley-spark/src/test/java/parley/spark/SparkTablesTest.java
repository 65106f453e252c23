package parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import parley.core.export.EventColumns;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Provenance;

class SparkTablesTest {
    private static final StructType EVENTS = SparkTables.schema(EventColumns.TABLE);

    @Test
    void eventColumnsKeepTheirNamesOrderAndTypes() {
        assertThat(EVENTS.fieldNames()).containsExactlyElementsOf(EventColumns.TABLE.names());
        assertThat(EVENTS.apply("date").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(EVENTS.apply("evidence_start").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(EVENTS.apply("confidence").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(EVENTS.apply("provenance_rules").dataType()).isEqualTo(DataTypes.createArrayType(DataTypes.StringType, false));
        ArrayType actors = (ArrayType) EVENTS.apply("actors").dataType();
        assertThat(((StructType) actors.elementType()).fieldNames()).containsExactly("text", "name", "code", "sector");
        assertThat(EVENTS.apply("id").nullable()).isFalse();
        assertThat(EVENTS.apply("date").nullable()).isTrue();
    }

    @Test
    void aRowGoesToSparkAndBackUnchanged() {
        Event event = new Event("a#1", "a", EventType.AGREE, null, List.of("ceasefire"),
                List.of(new ActorRef("Kyiv", null, "UKR", "GOV")), List.of(), "2025-05-21", "on Wednesday", null, null,
                new Evidence("Kyiv agreed.", 3, 15), null, 0.75, new Provenance("verb:agree", "agreed", "d", "c"));
        List<Object> values = EventColumns.row(event, null);
        Row row = SparkTables.row(EventColumns.TABLE, values);
        // Read back from Spark, rows carry their schema (and nested rows theirs).
        Row read = withSchema(row, EVENTS);
        assertThat(SparkTables.values(EventColumns.TABLE, read)).isEqualTo(values);
        assertThat(EventColumns.event(SparkTables.values(EventColumns.TABLE, read))).isEqualTo(event);
        assertThat(read.get(EVENTS.fieldIndex("date"))).isEqualTo(LocalDate.of(2025, 5, 21));
    }

    @Test
    void aRowThatDoesNotFitTheTableIsRefusedWithTheColumnNamed() {
        List<Object> values = new ArrayList<>(EventColumns.row(new Event("a#1", "a", EventType.AGREE, null, List.of(),
                List.of(new ActorRef(null, null, "UKR", null)), List.of(), null, null, null, null,
                new Evidence("Kyiv agreed.", 0, 12), null, 0.5, null), null));
        values.set(EventColumns.TABLE.index("confidence"), "high");
        assertThatThrownBy(() -> SparkTables.row(EventColumns.TABLE, values)).hasMessageContaining("events.confidence");
    }

    /** The row as Spark gives it back: with its schema, nested structs too. */
    private static Row withSchema(Row row, StructType schema) {
        Object[] values = new Object[schema.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = withSchema(row.get(i), schema.fields()[i].dataType());
        }
        return new GenericRowWithSchema(values, schema);
    }

    private static Object withSchema(Object value, org.apache.spark.sql.types.DataType type) {
        if (value instanceof Row nested && type instanceof StructType struct) {
            return withSchema(nested, struct);
        }
        if (value instanceof scala.collection.Seq<?> seq && type instanceof ArrayType array) {
            List<Object> elements = new ArrayList<>();
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(element -> elements.add(withSchema(element, array.elementType())));
            return scala.jdk.javaapi.CollectionConverters.asScala(elements).toSeq();
        }
        return value;
    }
}
