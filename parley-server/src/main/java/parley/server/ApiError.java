package parley.server;

/**
 * A request the API refuses, answered as {@code {"error": "...", "parameter": "..."}} with its
 * status. Thrown by handlers; the server's exception handler turns it into the response.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String parameter;

    ApiError(int status, String message, String parameter) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error needs a 4xx or 5xx status, got " + status);
        }
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: a parameter is malformed or out of range. */
    static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, message, parameter);
    }

    /** 404: the resource named by a path parameter does not exist. */
    static ApiError notFound(String parameter, String message) {
        return new ApiError(404, message, parameter);
    }

    int status() {
        return status;
    }

    /** The parameter at fault, or null when the error is about the request as a whole. */
    String parameter() {
        return parameter;
    }
}
