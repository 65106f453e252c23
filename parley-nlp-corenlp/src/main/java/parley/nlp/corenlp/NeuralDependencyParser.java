package parley.nlp.corenlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's neural dependency parser ({@code edu.stanford.nlp.parser.nndep}, Chen and Manning
 * 2014) with its own model (UD English), computed the way CoreNLP computes it with its default
 * settings, so that every parse is the one {@link DependencyParser#predict(CoreMap)} gives: the same
 * features, the same arc-standard transitions, the same arithmetic in the same order (float
 * products summed in double; the 20,000 inputs CoreNLP precomputes kept in double, the others
 * rounded to float as its cache keeps them; every sum taken in the same order).
 *
 * <p>What differs is only how the work is laid out: the hidden layer of an input is computed the
 * first time it is needed rather than for 20,000 inputs at load time (seconds of CPU and 160 MB
 * at start), each layer runs over contiguous rows that the JIT compiles to vector instructions,
 * the computed vectors are shared between threads without a lock, the parser state is kept in
 * arrays, and the output layer is first computed in float, the double scores only when the float
 * ones leave the choice in doubt (15 of 80,140 scored steps on dev+train; see {@code
 * clearWinner}). Measured on the dev texts: about 3 times as fast as CoreNLP's parser, with the
 * same parses ({@code NeuralDependencyParserTest}). Thread-safe.
 */
final class NeuralDependencyParser {
    /** CoreNLP's default of {@code depparse.numPreComputed}: the inputs whose hidden vectors stay in double. */
    private static final int PRECOMPUTED = 20_000;
    /** Hidden vectors kept for the other inputs (4 KB each); past this, they are computed each time. */
    private static final int CACHED = 100_000;
    private static final String UNKNOWN = "-UNKNOWN-";
    private static final String NULL = "-NULL-";
    private static final String ROOT = "-ROOT-";
    private static final int NONE = -1;

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    private final int[] labelIds;
    private final int nullLabel;
    private final String[] labels;
    private final int rootLabel;
    private final int tokens;
    private final int embeddingSize;
    private final int hiddenSize;
    private final float[][] embeddings;
    /** W1 by input column: {@code w1ByColumn[c][h]} is the weight of input column c for hidden unit h. */
    private final float[][] w1ByColumn;
    private final float[] b1;
    /** W2 by hidden unit, widened to double (exactly): {@code w2ByHidden[h][t]}. */
    private final double[][] w2ByHidden;
    /** W2 by hidden unit as the model has it, in float: {@code w2Float[h][t]}. */
    private final float[][] w2Float;
    /** Per hidden unit, the largest magnitude of its W2 weights. */
    private final double[] w2Largest;
    private final int transitions;
    /** Per input (token id × 48 + position), its slot among the precomputed ones, or -1. */
    private final int[] precomputedSlot;
    /** The precomputed inputs' vectors by slot, each set once when first needed (read and written through {@link #DOUBLES}). */
    private final double[][] precomputed;
    /** The other inputs' vectors by input, set when first needed while fewer than {@link #CACHED} are kept ({@link #FLOATS}). */
    private final float[][] cached;
    private final AtomicInteger cachedCount = new AtomicInteger();
    private static final VarHandle DOUBLES = MethodHandles.arrayElementVarHandle(double[][].class);
    private static final VarHandle FLOATS = MethodHandles.arrayElementVarHandle(float[][].class);

    private NeuralDependencyParser(Map<String, Integer> wordIds, Map<String, Integer> posIds, Map<String, Integer> labelIdsByName,
                                   List<String> knownLabels, int tokens, float[][] embeddings, float[][] w1ByColumn, float[] b1,
                                   float[][] w2ByColumn, List<Integer> precomputedInputs) {
        this.wordIds = wordIds;
        this.posIds = posIds;
        this.tokens = tokens;
        this.embeddings = embeddings;
        this.embeddingSize = embeddings[0].length;
        this.w1ByColumn = w1ByColumn;
        this.hiddenSize = b1.length;
        this.b1 = b1;
        // The transitions' labels: every known label but the first (-NULL-); the first of them is the root's.
        this.labels = knownLabels.subList(1, knownLabels.size()).toArray(new String[0]);
        this.labelIds = new int[labels.length];
        for (int l = 0; l < labels.length; l++) {
            labelIds[l] = labelIdsByName.get(labels[l]);
        }
        this.nullLabel = labelIdsByName.get(NULL);
        this.rootLabel = 0;
        this.transitions = 2 * labels.length + 1;
        if (w2ByColumn.length != hiddenSize || w2ByColumn[0].length != transitions) {
            throw new IllegalArgumentException("dependency model: W2 is " + w2ByColumn.length + " x "
                    + w2ByColumn[0].length + ", expected " + hiddenSize + " x " + transitions);
        }
        this.w2Float = w2ByColumn;
        this.w2Largest = new double[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            for (float weight : w2ByColumn[h]) {
                w2Largest[h] = Math.max(w2Largest[h], Math.abs(weight));
            }
        }
        this.w2ByHidden = new double[hiddenSize][transitions];
        for (int h = 0; h < hiddenSize; h++) {
            for (int t = 0; t < transitions; t++) {
                w2ByHidden[h][t] = w2ByColumn[h][t];
            }
        }
        this.precomputedSlot = new int[embeddings.length * tokens];
        Arrays.fill(precomputedSlot, -1);
        int slots = Math.min(PRECOMPUTED, precomputedInputs.size());
        for (int i = 0; i < slots; i++) {
            precomputedSlot[precomputedInputs.get(i)] = i;
        }
        this.precomputed = new double[slots][];
        this.cached = new float[embeddings.length * tokens][];
    }

    /** Loads CoreNLP's default model ({@link DependencyParser#DEFAULT_MODEL}) from the class path. */
    static NeuralDependencyParser loadDefault() {
        return load(DependencyParser.DEFAULT_MODEL);
    }

    /** Loads a model in CoreNLP's text format (gzipped) from the class path. */
    static NeuralDependencyParser load(String resource) {
        byte[] text;
        try (InputStream raw = NeuralDependencyParser.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing dependency model " + resource + " (the CoreNLP models jar)");
            }
            text = new GZIPInputStream(raw, 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dependency model " + resource, e);
        }
        ModelText in = new ModelText(text, resource);
        if (in.startsWith("language=")) {
            throw new IllegalArgumentException("dependency model " + resource + " is in the newer format with a "
                    + "language line; only the UD English model's format is read");
        }
        int words = in.header("dict");
        int tags = in.header("pos");
        int labelCount = in.header("label");
        int embedding = in.header("embeddingSize");
        int hidden = in.header("hiddenSize");
        int tokens = in.header("numTokens");
        int precomputedCount = in.header("preComputed");
        float[][] embeddings = new float[words + tags + labelCount][];
        Map<String, Integer> wordIds = new HashMap<>();
        Map<String, Integer> posIds = new HashMap<>();
        Map<String, Integer> labelIds = new HashMap<>();
        List<String> knownLabels = new ArrayList<>();
        int index = 0;
        for (int section = 0; section < 3; section++) {
            int count = section == 0 ? words : section == 1 ? tags : labelCount;
            Map<String, Integer> ids = section == 0 ? wordIds : section == 1 ? posIds : labelIds;
            for (int k = 0; k < count; k++) {
                String name = in.name();
                ids.put(name, index);
                if (section == 2) {
                    knownLabels.add(name);
                }
                embeddings[index++] = in.floats(embedding);
            }
        }
        float[][] w1ByColumn = new float[embedding * tokens][];
        for (int c = 0; c < w1ByColumn.length; c++) {
            w1ByColumn[c] = in.floats(hidden);
        }
        float[] b1 = in.floats(hidden);
        float[][] w2ByColumn = new float[hidden][];
        for (int h = 0; h < hidden; h++) {
            w2ByColumn[h] = in.floats(labelCount * 2 - 1);
        }
        List<Integer> precomputed = new ArrayList<>(precomputedCount);
        while (precomputed.size() < precomputedCount) {
            precomputed.add(in.integer());
        }
        return new NeuralDependencyParser(wordIds, posIds, labelIds, knownLabels, tokens, embeddings, w1ByColumn, b1,
                w2ByColumn, precomputed);
    }

    /**
     * A cursor over the model's text: names and numbers separated by spaces, one row a line. Read
     * from the bytes rather than as strings, 6.4 million numbers being most of loading.
     */
    static final class ModelText {
        private static final double[] POWERS = new double[23];

        static {
            double power = 1;
            for (int i = 0; i < POWERS.length; i++) {
                POWERS[i] = power; // exact: 10^22 is the largest power of ten a double holds exactly
                power *= 10;
            }
        }

        private final byte[] text;
        private final String resource;
        private int at;

        ModelText(byte[] text, String resource) {
            this.text = text;
            this.resource = resource;
        }

        boolean startsWith(String prefix) {
            byte[] bytes = prefix.getBytes(StandardCharsets.US_ASCII);
            return Arrays.equals(text, at, Math.min(text.length, at + bytes.length), bytes, 0, bytes.length);
        }

        /** A header line {@code name=value}. */
        int header(String name) {
            skipSeparators();
            if (!startsWith(name + "=")) {
                throw error("expected '" + name + "='");
            }
            at += name.length() + 1;
            return integer();
        }

        /** The word at the start of a row, up to its space. */
        String name() {
            skipSeparators();
            int start = at;
            while (at < text.length && text[at] != ' ') {
                at++;
            }
            if (at >= text.length) {
                throw error("expected a name and numbers");
            }
            return new String(text, start, at - start, StandardCharsets.UTF_8);
        }

        float[] floats(int count) {
            float[] values = new float[count];
            for (int i = 0; i < count; i++) {
                values[i] = nextFloat();
            }
            return values;
        }

        int integer() {
            skipSeparators();
            int start = at;
            while (at < text.length && text[at] > ' ') {
                at++;
            }
            return Integer.parseInt(new String(text, start, at - start, StandardCharsets.US_ASCII));
        }

        /** The next number, as {@link Float#parseFloat} reads it. */
        float nextFloat() {
            skipSeparators();
            int start = at;
            while (at < text.length && text[at] > ' ') {
                at++;
            }
            if (start == at) {
                throw error("expected a number");
            }
            return parseFloat(text, start, at);
        }

        private void skipSeparators() {
            while (at < text.length && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r')) {
                at++;
            }
        }

        /**
         * {@link Float#parseFloat} of the ASCII number in {@code [from, to)}: plain decimals of up to
         * 15 significant digits (exact in a double) are taken as their digits over (or times) an exact power of ten in one double
         * operation, which rounded to float gives the correctly rounded float (a double carries more
         * than twice a float's precision plus two bits, so rounding twice cannot go wrong); anything
         * else goes to Float.parseFloat.
         */
        static float parseFloat(byte[] text, int from, int to) {
            int i = from;
            boolean negative = text[i] == '-';
            if (negative || text[i] == '+') {
                i++;
            }
            long digits = 0;
            int count = 0;
            int fraction = 0;
            boolean point = false;
            int exponent = 0;
            for (; i < to; i++) {
                byte c = text[i];
                if (c >= '0' && c <= '9') {
                    if (count >= 15) {
                        return slow(text, from, to);
                    }
                    digits = digits * 10 + (c - '0');
                    if (digits > 0) {
                        count++;
                    }
                    if (point) {
                        fraction++;
                    }
                } else if (c == '.' && !point) {
                    point = true;
                } else if ((c == 'e' || c == 'E') && i + 1 < to) {
                    try {
                        exponent = Integer.parseInt(new String(text, i + 1, to - i - 1, StandardCharsets.US_ASCII));
                    } catch (NumberFormatException e) {
                        return slow(text, from, to);
                    }
                    break;
                } else {
                    return slow(text, from, to);
                }
            }
            int scale = exponent - fraction;
            double value;
            if (scale >= 0 && scale < POWERS.length) {
                value = digits * POWERS[scale];
            } else if (scale < 0 && -scale < POWERS.length) {
                value = digits / POWERS[-scale];
            } else {
                return slow(text, from, to);
            }
            return (float) (negative ? -value : value);
        }

        private static float slow(byte[] text, int from, int to) {
            return Float.parseFloat(new String(text, from, to - from, StandardCharsets.US_ASCII));
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("dependency model " + resource + " at byte " + at + ": " + message);
        }
    }

    /** The parse of a tagged sentence (tokens with words and parts of speech), as CoreNLP's parser gives it. */
    GrammaticalStructure predict(CoreMap sentence) {
        List<TypedDependency> dependencies = dependencies(sentence);
        IndexedWord root = dependencies.stream().filter(d -> d.reln() == GrammaticalRelation.ROOT)
                .map(TypedDependency::gov).findFirst().orElseGet(NeuralDependencyParser::root);
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    /**
     * The basic dependencies of a tagged sentence, the typed dependencies of {@link #predict}: one
     * per word, in word order, the root's governor being a word "ROOT" of index 0.
     */
    List<TypedDependency> dependencies(CoreMap sentence) {
        List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
        State state = new State(words);
        double[] hidden = new double[hiddenSize];
        double[] scores = new double[transitions];
        float[] floatScores = new float[transitions];
        int[] features = new int[tokens];
        Object[] vectors = new Object[tokens];
        while (!state.terminal()) {
            int only = state.onlyApplicable();
            if (only >= 0) {
                state.apply(only); // the scores could choose nothing else
                continue;
            }
            state.features(features);
            activations(features, vectors, hidden);
            int chosen = clearWinner(state, hidden, floatScores);
            if (chosen < 0) {
                scores(hidden, scores);
                double best = Double.NEGATIVE_INFINITY;
                for (int t = 0; t < transitions; t++) {
                    if (scores[t] > best && state.canApply(t)) {
                        best = scores[t];
                        chosen = t;
                    }
                }
            }
            state.apply(chosen);
        }
        return dependencies(words, state);
    }

    /**
     * The hidden layer's activations (cubed) for the features, as CoreNLP's
     * Classifier.computeScores computes them. Each sum is taken in CoreNLP's order (inputs in
     * feature order; in {@link #scores}, hidden units in order); the loops add up to four terms to
     * each element per pass, which keeps that order and reads and writes the sums a quarter as
     * often (the hidden and output loops were nine tenths of the parser's time).
     */
    private void activations(int[] features, Object[] vectors, double[] hidden) {
        for (int j = 0; j < features.length; j++) {
            vectors[j] = vector(features[j], j);
        }
        Arrays.fill(hidden, 0.0);
        int j = 0;
        while (j < features.length) {
            if (j + 3 < features.length && vectors[j] instanceof double[] v0 && vectors[j + 1] instanceof double[] v1
                    && vectors[j + 2] instanceof double[] v2 && vectors[j + 3] instanceof double[] v3) {
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] = hidden[h] + v0[h] + v1[h] + v2[h] + v3[h];
                }
                j += 4;
            } else {
                if (vectors[j] instanceof double[] v) {
                    for (int h = 0; h < hiddenSize; h++) {
                        hidden[h] += v[h];
                    }
                } else {
                    float[] v = (float[]) vectors[j];
                    for (int h = 0; h < hiddenSize; h++) {
                        hidden[h] += v[h];
                    }
                }
                j++;
            }
        }
        for (int h = 0; h < hiddenSize; h++) {
            hidden[h] += b1[h];
            hidden[h] = hidden[h] * hidden[h] * hidden[h];
        }
    }

    /** The output layer of the activations: CoreNLP's scores, in double. */
    private void scores(double[] hidden, double[] scores) {
        Arrays.fill(scores, 0.0);
        int h = 0;
        for (; h + 3 < hiddenSize; h += 4) {
            double a0 = hidden[h];
            double a1 = hidden[h + 1];
            double a2 = hidden[h + 2];
            double a3 = hidden[h + 3];
            double[] r0 = w2ByHidden[h];
            double[] r1 = w2ByHidden[h + 1];
            double[] r2 = w2ByHidden[h + 2];
            double[] r3 = w2ByHidden[h + 3];
            for (int t = 0; t < transitions; t++) {
                scores[t] = scores[t] + a0 * r0[t] + a1 * r1[t] + a2 * r2[t] + a3 * r3[t];
            }
        }
        for (; h < hiddenSize; h++) {
            double activation = hidden[h];
            double[] row = w2ByHidden[h];
            for (int t = 0; t < transitions; t++) {
                scores[t] += activation * row[t];
            }
        }
    }

    /**
     * The applicable transition the double scores of {@link #scores} rank first, when the output
     * layer computed in float (half the memory and twice the lanes of the double one) shows it
     * beyond doubt, or -1 when they might not.
     *
     * <p>Each float score differs from the exact sum of the products of the (double) activations
     * and the weights by at most (n + 2)u times the sum of the products' magnitudes (n = hidden
     * units, u = 2<sup>-24</sup>: the activation rounded to float, each product rounded, and n
     * additions, in any order), the double score by at most (n + 1)2<sup>-53</sup> times the same;
     * both are below {@code bound} = 300u × Σ|activation| × max|weight| (plus a margin for
     * underflow). When the first applicable float score leads every other applicable one by more
     * than twice that bound, it leads among the double scores too, strictly, so CoreNLP's choice
     * (the first greatest double score) is the same transition.
     */
    private int clearWinner(State state, double[] hidden, float[] scores) {
        Arrays.fill(scores, 0f);
        double magnitude = 0;
        int h = 0;
        for (; h + 3 < hiddenSize; h += 4) {
            float a0 = (float) hidden[h];
            float a1 = (float) hidden[h + 1];
            float a2 = (float) hidden[h + 2];
            float a3 = (float) hidden[h + 3];
            float[] r0 = w2Float[h];
            float[] r1 = w2Float[h + 1];
            float[] r2 = w2Float[h + 2];
            float[] r3 = w2Float[h + 3];
            for (int t = 0; t < transitions; t++) {
                scores[t] = scores[t] + a0 * r0[t] + a1 * r1[t] + a2 * r2[t] + a3 * r3[t];
            }
        }
        for (; h < hiddenSize; h++) {
            float activation = (float) hidden[h];
            float[] row = w2Float[h];
            for (int t = 0; t < transitions; t++) {
                scores[t] += activation * row[t];
            }
        }
        for (h = 0; h < hiddenSize; h++) {
            magnitude += Math.abs(hidden[h]) * w2Largest[h];
        }
        double bound = 300 * 0x1p-24 * magnitude + 1e-30;
        int chosen = -1;
        float best = Float.NEGATIVE_INFINITY;
        float second = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < transitions; t++) {
            float score = scores[t];
            if (!Float.isFinite(score)) {
                if (state.canApply(t)) {
                    return -1; // overflowed in float: the double scores decide
                }
            } else if (score > second && state.canApply(t)) {
                if (score > best) {
                    second = best;
                    best = score;
                    chosen = t;
                } else {
                    second = score;
                }
            }
        }
        boolean clear = chosen >= 0 && Double.isFinite(bound) && (double) best - (double) second > 2.5 * bound;
        return clear ? chosen : -1;
    }

    /**
     * The hidden-layer vector of an input (token id at feature position): a precomputed input's
     * in double, another's rounded to float, as CoreNLP keeps them.
     */
    private Object vector(int token, int position) {
        int input = token * tokens + position;
        int slot = precomputedSlot[input];
        if (slot >= 0) {
            double[] vector = (double[]) DOUBLES.getAcquire(precomputed, slot);
            if (vector == null) {
                vector = new double[hiddenSize];
                accumulate(vector, token, position);
                DOUBLES.setRelease(precomputed, slot, vector); // another thread's copy is equal
            }
            return vector;
        }
        float[] vector = (float[]) FLOATS.getAcquire(cached, input);
        if (vector == null) {
            double[] sum = new double[hiddenSize];
            accumulate(sum, token, position);
            vector = new float[hiddenSize];
            for (int h = 0; h < hiddenSize; h++) {
                vector[h] = (float) sum[h];
            }
            if (cachedCount.get() < CACHED && FLOATS.compareAndSet(cached, input, (float[]) null, vector)) {
                cachedCount.incrementAndGet();
            }
        }
        return vector;
    }

    /** Adds the input's hidden-layer vector: per hidden unit, the float products of its weights and the embedding, in order. */
    private void accumulate(double[] sum, int token, int position) {
        float[] embedding = embeddings[token];
        int column = position * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float value = embedding[k];
            float[] weights = w1ByColumn[column + k];
            for (int h = 0; h < hiddenSize; h++) {
                sum[h] += weights[h] * value;
            }
        }
    }

    private static IndexedWord root() {
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        return root;
    }

    private List<TypedDependency> dependencies(List<CoreLabel> words, State state) {
        List<TypedDependency> dependencies = new ArrayList<>(words.size());
        IndexedWord root = root();
        for (int i = 1; i <= words.size(); i++) {
            int head = state.head[i];
            IndexedWord word = new IndexedWord(words.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(words.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(labelName(state.label[i]));
            dependencies.add(new TypedDependency(relation, governor, word));
        }
        return dependencies;
    }

    private String labelName(int label) {
        return label < 0 ? UNKNOWN : labels[label];
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }

    /**
     * An arc-standard configuration (CoreNLP's Configuration and ArcStandard): the stack, the
     * buffer (the words from {@code next} on) and the arcs so far. Words count from 1; 0 is the root.
     */
    private final class State {
        final int n;
        final int[] stack;
        int stackSize;
        int next = 1;
        final int[] head;
        final int[] label;
        final int[] wordId;
        final int[] posId;
        final int nullWord;
        final int nullPos;

        State(List<CoreLabel> words) {
            n = words.size();
            stack = new int[n + 1];
            stack[stackSize++] = 0;
            head = new int[n + 1];
            label = new int[n + 1];
            Arrays.fill(head, NONE);
            Arrays.fill(label, -1);
            wordId = new int[n + 1];
            posId = new int[n + 1];
            wordId[0] = id(wordIds, ROOT);
            posId[0] = id(posIds, ROOT);
            for (int i = 1; i <= n; i++) {
                wordId[i] = id(wordIds, words.get(i - 1).word());
                posId[i] = id(posIds, words.get(i - 1).tag());
            }
            nullWord = id(wordIds, NULL);
            nullPos = id(posIds, NULL);
        }

        private int id(Map<String, Integer> ids, String name) {
            Integer id = name == null ? null : ids.get(name);
            return id != null ? id : ids.get(UNKNOWN);
        }

        boolean terminal() {
            return stackSize == 1 && next > n;
        }

        int stack(int k) {
            return k >= 0 && k < stackSize ? stack[stackSize - 1 - k] : NONE;
        }

        int buffer(int k) {
            int index = next + k;
            return k >= 0 && index <= n ? index : NONE;
        }

        int leftChild(int k, int count) {
            if (k < 0 || k > n) {
                return NONE;
            }
            int found = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++found == count) {
                    return i;
                }
            }
            return NONE;
        }

        int rightChild(int k, int count) {
            if (k < 0 || k > n) {
                return NONE;
            }
            int found = 0;
            for (int i = n; i > k; i--) {
                if (head[i] == k && ++found == count) {
                    return i;
                }
            }
            return NONE;
        }

        private int word(int k) {
            return k >= 0 && k <= n ? wordId[k] : nullWord;
        }

        private int pos(int k) {
            return k >= 0 && k <= n ? posId[k] : nullPos;
        }

        /** The label feature of word k: its arc's label, "-NULL-" outside the sentence or the root (never unattached: only children are asked). */
        private int labelFeature(int k) {
            if (k <= 0 || k > n) {
                return nullLabel;
            }
            if (label[k] < 0) {
                throw new IllegalStateException("an unattached word has no label feature");
            }
            return labelIds[label[k]];
        }

        /** CoreNLP's 48 features: words, then parts of speech, then labels, positions as DependencyParser lays them out. */
        void features(int[] feature) {
            int posOffset = 18;
            int labelOffset = 36;
            int stackOffset = 6;
            int stackNumber = 6;
            for (int j = 2; j >= 0; --j) {
                int index = stack(j);
                feature[2 - j] = word(index);
                feature[posOffset + (2 - j)] = pos(index);
            }
            for (int j = 0; j <= 2; ++j) {
                int index = buffer(j);
                feature[3 + j] = word(index);
                feature[posOffset + 3 + j] = pos(index);
            }
            for (int j = 0; j <= 1; ++j) {
                int k = stack(j);
                int base = stackOffset + j * stackNumber;
                int[] children = {leftChild(k, 1), rightChild(k, 1), leftChild(k, 2), rightChild(k, 2),
                    leftChild(leftChild(k, 1), 1), rightChild(rightChild(k, 1), 1)};
                for (int c = 0; c < children.length; c++) {
                    feature[base + c] = word(children[c]);
                    feature[posOffset + base + c] = pos(children[c]);
                    feature[labelOffset + j * stackNumber + c] = labelFeature(children[c]);
                }
            }
        }

        /** The one transition that can apply, or -1 when there are several (the first words are shifted, the last arc is the root's). */
        int onlyApplicable() {
            int found = -1;
            for (int t = 0; t < transitions; t++) {
                if (canApply(t)) {
                    if (found >= 0) {
                        return -1;
                    }
                    found = t;
                }
            }
            return found;
        }

        boolean canApply(int transition) {
            boolean left = transition < labels.length;
            boolean right = !left && transition < 2 * labels.length;
            if (left || right) {
                int arcLabel = left ? transition : transition - labels.length;
                int h = left ? stack(0) : stack(1);
                if (h < 0) {
                    return false;
                }
                if (h == 0 && arcLabel != rootLabel) {
                    return false;
                }
                if (h > 0 && arcLabel == rootLabel) {
                    return false;
                }
            }
            int buffered = n - next + 1;
            if (left) {
                return stackSize > 2;
            } else if (right) {
                return stackSize > 2 || (stackSize == 2 && buffered == 0);
            }
            return buffered > 0;
        }

        void apply(int transition) {
            int w1 = stack(1);
            int w2 = stack(0);
            if (transition < labels.length) {
                head[w1] = w2;
                label[w1] = transition;
                stack[stackSize - 2] = stack[stackSize - 1];
                stackSize--;
            } else if (transition < 2 * labels.length) {
                head[w2] = w1;
                label[w2] = transition - labels.length;
                stackSize--;
            } else {
                stack[stackSize++] = next++;
            }
        }
    }
}
