package parley.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import parley.core.json.Json;

/**
 * Jetty's own errors, for requests that never reach Javalin (a malformed URI, a header too
 * large), answered as JSON like every other error instead of Jetty's HTML page, and without a
 * stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Map<String, Object> body = new LinkedHashMap<>();
        String reason = HttpStatus.getMessage(code);
        body.put("error", message == null || message.isBlank() || message.equals(reason) ? reason.toLowerCase(java.util.Locale.ROOT)
                : reason.toLowerCase(java.util.Locale.ROOT) + ": " + message);
        body.put("parameter", null);
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            bytes = "{\"error\":\"bad request\",\"parameter\":null}".getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
