package parley.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import parley.model.Aux;

/**
 * The one JSON configuration of Parley: snake_case field names (FORMAT.md), ISO dates, lower-case
 * {@code aux} values, unknown fields ignored on input.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule parley = new SimpleModule("parley");
        parley.addSerializer(Aux.class, new JsonSerializer<>() {
            @Override
            public void serialize(Aux value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.id());
            }
        });
        parley.addDeserializer(Aux.class, new com.fasterxml.jackson.databind.JsonDeserializer<>() {
            @Override
            public Aux deserialize(com.fasterxml.jackson.core.JsonParser p,
                                   com.fasterxml.jackson.databind.DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                return text == null || text.isBlank() ? null : Aux.fromId(text);
            }
        });
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(parley)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }
}
