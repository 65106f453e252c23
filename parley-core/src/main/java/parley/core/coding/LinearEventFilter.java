package parley.core.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic-regression {@link EventFilter}: the probability of an act is the logistic function of
 * the bias plus the weights of its features. The model is a plain text file (written by
 * {@code parley train}, which fits it with Tribuo's LIBLINEAR trainer): one {@code feature<TAB>weight}
 * line each, sorted, so that training twice on the same data gives the same bytes and a change of
 * the model is a readable diff. Applying it is one sum, done here rather than through Tribuo so that
 * coding needs no machine-learning library at all.
 *
 * <pre>
 * # comment lines start with '#'
 * threshold	0.45
 * bias	-1.203
 * type=ASSAULT	0.412
 * </pre>
 */
public final class LinearEventFilter implements EventFilter {
    /** Where the model Parley ships lives on the class path. */
    public static final String RESOURCE = "/parley/coding/event-filter.tsv";

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final String version;

    /**
     * @param weights   feature name to weight
     * @param bias      the weight every act has
     * @param threshold the probability an act needs to be kept, in [0, 1]
     */
    public LinearEventFilter(Map<String, Double> weights, double bias, double threshold) {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        if (weights.containsKey("threshold") || weights.containsKey("bias")) {
            throw new IllegalArgumentException("'threshold' and 'bias' are the model's own lines, not feature names");
        }
        this.weights = Map.copyOf(new TreeMap<>(weights));
        this.bias = bias;
        this.threshold = threshold;
        this.version = "filter-" + hash(text());
    }

    /** The model Parley ships (read once per process), or null when the build has none. */
    public static LinearEventFilter loadDefault() {
        return Shipped.MODEL;
    }

    /** Reads the shipped model when first asked for. */
    private static final class Shipped {
        static final LinearEventFilter MODEL = readShipped();

        private static LinearEventFilter readShipped() {
            try (InputStream in = LinearEventFilter.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * Reads a model file.
     *
     * @throws IllegalArgumentException naming the line that is not {@code name<TAB>number}, or a
     *                                  missing threshold or bias
     */
    public static LinearEventFilter read(InputStream in, String origin) throws IOException {
        Map<String, Double> weights = new TreeMap<>();
        Double bias = null;
        Double threshold = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            double value;
            try {
                value = Double.parseDouble(line.substring(tab + 1));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(origin + ":" + number + ": expected 'feature<TAB>weight', got '" + line + "'");
            }
            if (tab <= 0) {
                throw new IllegalArgumentException(origin + ":" + number + ": expected 'feature<TAB>weight', got '" + line + "'");
            }
            String name = line.substring(0, tab);
            switch (name) {
                case "threshold" -> threshold = value;
                case "bias" -> bias = value;
                default -> {
                    if (weights.put(name, value) != null) {
                        throw new IllegalArgumentException(origin + ":" + number + ": feature '" + name + "' twice");
                    }
                }
            }
        }
        if (bias == null || threshold == null) {
            throw new IllegalArgumentException(origin + ": a model needs a 'threshold' and a 'bias' line");
        }
        return new LinearEventFilter(weights, bias, threshold);
    }

    /** The model as its file holds it (without comments). */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("threshold\t").append(number(threshold)).append('\n');
        out.append("bias\t").append(number(bias)).append('\n');
        new TreeMap<>(weights).forEach((name, weight) -> out.append(name).append('\t').append(number(weight)).append('\n'));
        return out.toString();
    }

    /** This model with another threshold. */
    public LinearEventFilter withThreshold(double newThreshold) {
        return new LinearEventFilter(weights, bias, newThreshold);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public double probability(List<String> features) {
        double sum = bias;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    @Override
    public double threshold() {
        return threshold;
    }

    /** The features and weights, for reports. */
    public Map<String, Double> weights() {
        return weights;
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
