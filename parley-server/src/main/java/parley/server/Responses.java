package parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import parley.core.json.Json;
import parley.core.store.Page;

/** Writes JSON answers with the shared snake_case mapper. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, int status, Object body) {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON: " + e.getOriginalMessage(), e);
        }
        ctx.status(status).contentType(JSON).result(bytes);
    }

    static void json(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    /** {@code {"items": [...], "next_cursor": ...}}. */
    static void page(Context ctx, Page<?> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("next_cursor", page.next());
        json(ctx, body);
    }

    /** {@code {"error": message, "parameter": parameter}}; the parameter may be null. */
    static void error(Context ctx, int status, String message, String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("parameter", parameter);
        json(ctx, status, body);
    }
}
