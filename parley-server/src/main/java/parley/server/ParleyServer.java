package parley.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parley.core.store.EventStore;
import parley.search.SearchIndex;

/**
 * The analyst's workbench: the JSON API under {@code /api/} (described in
 * {@code /api/openapi.yaml}) and the web pages, served by one embedded Javalin (Jetty) server.
 *
 * <pre>{@code
 * try (EventStore store = JdbcEventStore.open(data); SearchIndex index = SearchIndex.open(data.resolve("search"))) {
 *     IndexSync.ensureCurrent(store, index);
 *     ParleyServer server = new ParleyServer(store, index, ServerConfig.readOnly());
 *     int port = server.start(8080);
 *     ...
 *     server.stop();
 * }
 * }</pre>
 *
 * <p>Every request is answered by indexed queries of the store (and the search index): nothing of
 * the workspace is held in memory, so the server starts at once and answers the same at any size.
 *
 * <p>Every answer of the API is JSON, errors included: {@code {"error": "...", "parameter": "..."}}
 * with a 4xx status for a bad request (naming the parameter at fault), 404 for an unknown route or
 * id, 401/403 for ingest without the right token, 500 with no stack trace when something breaks.
 * The server does not own the store or the index: the caller closes them after {@link #stop()}.
 */
public final class ParleyServer {
    private static final String ERROR_WRITTEN = "parley.error-written";

    private final Javalin app;
    private final ServerConfig config;

    /**
     * A server over this workspace; nothing listens until {@link #start(int)}.
     *
     * @param store  the workspace store (read by every request, written by ingest)
     * @param index  the search index of the same workspace, kept in step by ingest
     * @param config token, coder, address and limits
     */
    public ParleyServer(EventStore store, SearchIndex index, ServerConfig config) {
        if (store == null || index == null || config == null) {
            throw new IllegalArgumentException("the server needs a store, a search index and a configuration");
        }
        this.config = config;
        this.app = Javalin.create(cfg -> configure(cfg, store, index, config));
    }

    private static void configure(JavalinConfig cfg, EventStore store, SearchIndex index, ServerConfig config) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        cfg.staticFiles.enableWebjars();
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
        cfg.routes.before(ParleyServer::securityHeaders);
        new ArticleRoutes(store).register(cfg.routes);
        new IncidentRoutes(store).register(cfg.routes);
        new PositionRoutes(store).register(cfg.routes);
        new ChangeRoutes(store).register(cfg.routes);
        new DisagreementRoutes(store).register(cfg.routes);
        new ExportRoutes(store).register(cfg.routes);
        new SearchRoutes(index).register(cfg.routes);
        new MetaRoutes(store, index, config).register(cfg.routes);
        new IngestRoutes(store, index, config).register(cfg.routes);
        cfg.routes.exception(ApiError.class, (e, ctx) -> {
            ctx.attribute(ERROR_WRITTEN, true);
            Responses.error(ctx, e.status(), e.getMessage(), e.parameter());
        });
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
            ctx.attribute(ERROR_WRITTEN, true);
            Responses.error(ctx, e.getStatus(), message(e, ctx), null);
        });
        cfg.routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
        cfg.router.javaLangErrorHandler((response, error) -> {
            report(error);
            response.setStatus(500);
            response.setContentType(Responses.JSON);
            try {
                response.getOutputStream().write("{\"error\":\"internal error\",\"parameter\":null}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException ignored) {
                // The client is gone; nothing more can be told.
            }
        });
        // Statuses set without an exception (no route, wrong method, Jetty limits) get a JSON body too.
        for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
            cfg.routes.error(status, ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null) {
                    Responses.error(ctx, status, defaultMessage(status, ctx), null);
                }
            });
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        // Pages load scripts and styles from this server only; ECharts sets inline styles from script.
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    }

    private static String defaultMessage(int status, Context ctx) {
        String route = ctx.method() + " " + ctx.path();
        return switch (status) {
            case 404 -> "no such route: " + route;
            case 405 -> "method not allowed: " + route;
            case 413 -> "the request body is too large";
            case 414, 431 -> "the request line or headers are too large";
            case 400 -> "bad request";
            default -> "internal error";
        };
    }

    private static String message(HttpResponseException e, Context ctx) {
        if (e.getStatus() == 404 || e.getStatus() == 405) {
            return defaultMessage(e.getStatus(), ctx);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "HTTP " + e.getStatus() : message.toLowerCase(Locale.ROOT);
    }

    private static void internalError(Context ctx, Exception e) {
        report(e);
        ctx.attribute(ERROR_WRITTEN, true);
        // The cause's text may hold paths or data; the client gets the kind of failure only.
        Responses.error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server log", null);
    }

    private static void report(Throwable e) {
        System.err.println("parley serve: request failed: " + e);
        if (System.getenv("PARLEY_DEBUG") != null) {
            e.printStackTrace(System.err);
        }
    }

    /**
     * Starts listening.
     *
     * @param port the port, or 0 for any free one
     * @return the port it listens on
     */
    public int start(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
        }
        app.start(config.host(), port);
        return app.port();
    }

    /** The port it listens on (after {@link #start}). */
    public int port() {
        return app.port();
    }

    /** Stops listening; the store and the index stay open. */
    public void stop() {
        app.stop();
    }

    /** Every HTTP route of the server, as {@code "GET /api/events"}, in registration order. */
    public List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (ParsedEndpoint endpoint : app.unsafe.internalRouter.allHttpHandlers()) {
            String method = endpoint.endpoint.method.name();
            if (!method.equals("BEFORE") && !method.equals("AFTER") && !method.startsWith("BEFORE_")
                    && !method.startsWith("AFTER_")) {
                routes.add(method + " " + endpoint.endpoint.path);
            }
        }
        return routes;
    }
}
