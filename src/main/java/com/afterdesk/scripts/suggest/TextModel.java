package com.afterdesk.scripts.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A multinomial logistic regression over sparse character n-grams of normalised text plus a few dense features
 * (rule evidence, intensity signals). Trained by averaged stochastic gradient descent with a fixed seed, so the
 * same corpus always gives the same weights. Immutable and thread-safe once trained.
 */
final class TextModel {

    /** What the model sees of one message: its n-grams and the dense features. */
    record Features(String[] grams, double[] dense) {
    }

    /** Training settings. */
    record Settings(int epochs, double rate, double l2, int minCount, long seed) {
    }

    private final int classes;
    private final Map<String, Integer> vocabulary;
    private final int dense;
    /** Row per feature (n-grams, then dense, then the bias), {@code classes} weights each. */
    private final float[] weights;

    private TextModel(int classes, Map<String, Integer> vocabulary, int dense, float[] weights) {
        this.classes = classes;
        this.vocabulary = vocabulary;
        this.dense = dense;
        this.weights = weights;
    }

    /** Character 1-3-grams of normalised text, with the start and end of the message marked. */
    static String[] grams(String text) {
        String s = "^" + text + "$";
        List<String> out = new ArrayList<>(s.length() * 3);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '^' && c != '$') {
                out.add(String.valueOf(c));
            }
            if (i + 2 <= s.length()) {
                out.add(s.substring(i, i + 2));
            }
            if (i + 3 <= s.length()) {
                out.add(s.substring(i, i + 3));
            }
        }
        return out.toArray(String[]::new);
    }

    int classes() {
        return classes;
    }

    /** Unnormalised class scores. */
    double[] logits(Features f) {
        int[] ids = new int[f.grams().length];
        int n = ids(f.grams(), ids);
        double scale = n == 0 ? 0 : 1 / Math.sqrt(n);
        double[] z = new double[classes];
        score(ids, n, scale, f.dense(), z, weights);
        return z;
    }

    /** Class probabilities. */
    double[] probabilities(Features f) {
        double[] z = logits(f);
        softmaxInPlace(z);
        return z;
    }

    private int ids(String[] grams, int[] out) {
        int n = 0;
        for (String g : grams) {
            Integer id = vocabulary.get(g);
            if (id != null) {
                out[n++] = id;
            }
        }
        return n;
    }

    private void score(int[] ids, int n, double scale, double[] dv, double[] z, float[] w) {
        int bias = (vocabulary.size() + dense) * classes;
        for (int k = 0; k < classes; k++) {
            z[k] = w[bias + k];
        }
        for (int i = 0; i < n; i++) {
            int row = ids[i] * classes;
            for (int k = 0; k < classes; k++) {
                z[k] += scale * w[row + k];
            }
        }
        for (int d = 0; d < dense; d++) {
            double v = dv[d];
            if (v != 0) {
                int row = (vocabulary.size() + d) * classes;
                for (int k = 0; k < classes; k++) {
                    z[k] += v * w[row + k];
                }
            }
        }
    }

    static void softmaxInPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
    }

    /**
     * Trains on examples with target distributions (one-hot, or spread over a primary and secondary labels).
     * N-grams seen fewer than {@code minCount} times are not features.
     */
    static TextModel train(List<Features> examples, List<double[]> targets, int classes, Settings s) {
        Map<String, Integer> counts = new HashMap<>();
        for (Features f : examples) {
            for (String g : f.grams()) {
                counts.merge(g, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= s.minCount()).map(Map.Entry::getKey).sorted()
                .forEach(g -> vocabulary.put(g, vocabulary.size()));
        int dense = examples.isEmpty() ? 0 : examples.get(0).dense().length;
        int rows = vocabulary.size() + dense + 1;
        TextModel model = new TextModel(classes, vocabulary, dense, new float[rows * classes]);
        float[] w = model.weights;
        double[] avg = new double[w.length];
        int m = examples.size();
        int[][] ids = new int[m][];
        int[] lens = new int[m];
        for (int i = 0; i < m; i++) {
            ids[i] = new int[examples.get(i).grams().length];
            lens[i] = model.ids(examples.get(i).grams(), ids[i]);
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Random random = new Random(s.seed());
        double[] z = new double[classes];
        long step = 0;
        long total = (long) s.epochs() * m;
        int biasRow = (vocabulary.size() + dense) * classes;
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            for (int i = m - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int idx : order) {
                double rate = s.rate() * (1 - (double) step / total) + 1e-4;
                step++;
                int n = lens[idx];
                double scale = n == 0 ? 0 : 1 / Math.sqrt(n);
                double[] dv = examples.get(idx).dense();
                model.score(ids[idx], n, scale, dv, z, w);
                softmaxInPlace(z);
                double[] y = targets.get(idx);
                for (int k = 0; k < classes; k++) {
                    z[k] -= y[k]; // gradient of the loss on the logits
                }
                double shrink = 1 - rate * s.l2();
                for (int i = 0; i < n; i++) {
                    int row = ids[idx][i] * classes;
                    for (int k = 0; k < classes; k++) {
                        w[row + k] = (float) (w[row + k] * shrink - rate * z[k] * scale);
                    }
                }
                for (int d = 0; d < dense; d++) {
                    double v = dv[d];
                    if (v != 0) {
                        int row = (vocabulary.size() + d) * classes;
                        for (int k = 0; k < classes; k++) {
                            w[row + k] = (float) (w[row + k] * shrink - rate * z[k] * v);
                        }
                    }
                }
                for (int k = 0; k < classes; k++) {
                    w[biasRow + k] -= (float) (rate * z[k]);
                }
            }
            // average the weights of the second half of training: steadier than the last iterate
            if (epoch >= s.epochs() / 2) {
                for (int i = 0; i < w.length; i++) {
                    avg[i] += w[i];
                }
            }
        }
        int averaged = s.epochs() - s.epochs() / 2;
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (avg[i] / averaged);
        }
        return model;
    }

    /** A fingerprint of the weights, for the test that training is deterministic. */
    long fingerprint() {
        long h = 1125899906842597L;
        for (float f : weights) {
            h = 31 * h + Float.floatToIntBits(f);
        }
        return h;
    }

    /**
     * What each known n-gram adds to the logit of class {@code a} over class {@code b} (for looking into a model),
     * then each dense feature as {@code #index}.
     */
    Map<String, Double> contributions(Features f, int a, int b) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        int[] ids = new int[f.grams().length];
        int n = ids(f.grams(), ids);
        double scale = n == 0 ? 0 : 1 / Math.sqrt(n);
        for (String g : f.grams()) {
            Integer id = vocabulary.get(g);
            if (id != null) {
                out.merge(g, scale * (weights[id * classes + a] - weights[id * classes + b]), Double::sum);
            }
        }
        for (int d = 0; d < dense; d++) {
            int row = (vocabulary.size() + d) * classes;
            out.put("#" + d, f.dense()[d] * (weights[row + a] - weights[row + b]));
        }
        return out;
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    /** Writes the model: classes, dense features, the n-grams in id order, then the weights. */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(classes);
        out.writeInt(dense);
        String[] byId = new String[vocabulary.size()];
        vocabulary.forEach((g, id) -> byId[id] = g);
        out.writeInt(byId.length);
        for (String g : byId) {
            out.writeUTF(g);
        }
        out.writeInt(weights.length);
        for (float w : weights) {
            out.writeFloat(w);
        }
    }

    /** Reads what {@link #write} wrote; the weights come back bit for bit. */
    static TextModel read(java.io.DataInputStream in) throws java.io.IOException {
        int classes = in.readInt();
        int dense = in.readInt();
        int size = in.readInt();
        if (classes < 1 || dense < 0 || size < 0) {
            throw new java.io.IOException("not a model");
        }
        Map<String, Integer> vocabulary = new HashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            vocabulary.put(in.readUTF(), i);
        }
        int length = in.readInt();
        if (length != (size + dense + 1) * classes) {
            throw new java.io.IOException("weights do not fit the vocabulary");
        }
        byte[] raw = new byte[length * Float.BYTES];
        in.readFully(raw);
        float[] weights = new float[length];
        java.nio.ByteBuffer.wrap(raw).asFloatBuffer().get(weights); // big-endian, as DataOutputStream wrote them
        return new TextModel(classes, vocabulary, dense, weights);
    }
}
