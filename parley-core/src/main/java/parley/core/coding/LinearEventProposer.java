package parley.core.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import parley.model.EventType;

/**
 * An {@link EventProposer} of one logistic regression per event type over sentence features. Like
 * {@link LinearEventFilter}, a plain text file of sorted weights ({@code TYPE<TAB>feature<TAB>weight},
 * one {@code TYPE<TAB>bias} line per type, and one {@code threshold} line) written by {@code parley
 * train}; types without a model are never proposed.
 */
public final class LinearEventProposer implements EventProposer {
    /** Where the model Parley ships lives on the class path. */
    public static final String RESOURCE = "/parley/coding/event-proposer.tsv";

    private final Map<EventType, Map<String, Double>> weights;
    private final Map<EventType, Double> biases;
    private final double threshold;
    private final String version;

    public LinearEventProposer(Map<EventType, Map<String, Double>> weights, Map<EventType, Double> biases,
                               double threshold) {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        if (!biases.keySet().containsAll(weights.keySet())) {
            throw new IllegalArgumentException("every type with weights needs a bias: " + weights.keySet());
        }
        Map<EventType, Map<String, Double>> copy = new EnumMap<>(EventType.class);
        weights.forEach((type, byFeature) -> copy.put(type, Map.copyOf(byFeature)));
        this.weights = copy;
        this.biases = new EnumMap<>(biases);
        this.threshold = threshold;
        this.version = "proposer-" + hash(text());
    }

    /** The model Parley ships (read once per process), or null when the build has none. */
    public static LinearEventProposer loadDefault() {
        return Shipped.MODEL;
    }

    /** Reads the shipped model when first asked for. */
    private static final class Shipped {
        static final LinearEventProposer MODEL = readShipped();

        private static LinearEventProposer readShipped() {
            try (InputStream in = LinearEventProposer.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * Reads a model file.
     *
     * @throws IllegalArgumentException naming a line that is not {@code TYPE<TAB>feature<TAB>weight},
     *                                  an unknown type, or a missing threshold
     */
    public static LinearEventProposer read(InputStream in, String origin) throws IOException {
        Map<EventType, Map<String, Double>> weights = new EnumMap<>(EventType.class);
        Map<EventType, Double> biases = new EnumMap<>(EventType.class);
        Double threshold = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            try {
                if (fields.length == 2 && fields[0].equals("threshold")) {
                    threshold = Double.parseDouble(fields[1]);
                    continue;
                }
                if (fields.length != 3) {
                    throw new IllegalArgumentException("expected 'TYPE<TAB>feature<TAB>weight'");
                }
                EventType type = EventType.valueOf(fields[0]);
                double value = Double.parseDouble(fields[2]);
                if (fields[1].equals("bias")) {
                    biases.put(type, value);
                } else {
                    weights.computeIfAbsent(type, t -> new TreeMap<>()).put(fields[1], value);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ":" + number + ": expected 'TYPE<TAB>feature<TAB>weight' "
                        + "with a known type, got '" + line + "'");
            }
        }
        if (threshold == null) {
            throw new IllegalArgumentException(origin + ": a model needs a 'threshold' line");
        }
        return new LinearEventProposer(weights, biases, threshold);
    }

    /** The model as its file holds it (without comments). */
    public String text() {
        StringBuilder out = new StringBuilder("threshold\t" + number(threshold) + "\n");
        for (Map.Entry<EventType, Double> bias : biases.entrySet()) {
            out.append(bias.getKey()).append("\tbias\t").append(number(bias.getValue())).append('\n');
            new TreeMap<>(weights.getOrDefault(bias.getKey(), Map.of())).forEach((name, weight) ->
                    out.append(bias.getKey()).append('\t').append(name).append('\t').append(number(weight)).append('\n'));
        }
        return out.toString();
    }

    /** This model with another threshold. */
    public LinearEventProposer withThreshold(double newThreshold) {
        return new LinearEventProposer(weights, biases, newThreshold);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public double probability(EventType type, List<String> features) {
        Double bias = biases.get(type);
        if (bias == null) {
            return 0;
        }
        Map<String, Double> byFeature = weights.getOrDefault(type, Map.of());
        double sum = bias;
        for (String feature : features) {
            sum += byFeature.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    @Override
    public double threshold() {
        return threshold;
    }

    /**
     * The weights are summed as in {@link #probability}, with each group's largest weight for the
     * feature not known yet: an upper bound on the probability of every choice, since the
     * logistic function only grows.
     */
    @Override
    public boolean mayPropose(List<String> features, List<List<String>> oneOfEach) {
        for (Map.Entry<EventType, Double> bias : biases.entrySet()) {
            Map<String, Double> byFeature = weights.getOrDefault(bias.getKey(), Map.of());
            double sum = bias.getValue();
            for (String feature : features) {
                sum += byFeature.getOrDefault(feature, 0.0);
            }
            for (List<String> group : oneOfEach) {
                double largest = Double.NEGATIVE_INFINITY;
                for (String feature : group) {
                    largest = Math.max(largest, byFeature.getOrDefault(feature, 0.0));
                }
                sum += group.isEmpty() ? 0 : largest;
            }
            // a margin for the rounding of sums taken in another order
            if (1 / (1 + Math.exp(-(sum + 1e-9))) >= threshold) {
                return true;
            }
        }
        return false;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
