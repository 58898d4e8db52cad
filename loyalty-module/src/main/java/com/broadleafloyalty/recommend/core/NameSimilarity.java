package com.broadleafloyalty.recommend.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Learns which products resemble each other by name, for the products a customer has not bought yet: a shop's
 * product lines ("lunch bag red retrospot", "lunch bag pink polkadot") are bought by the same customers, and a
 * product with few buyers has weak co-purchase weights but a telling name. Each name becomes its words (letters and
 * digits, accents removed so "Cămașă" and "camasa" match, lower case, three characters or more), each word weighing
 * its inverse document frequency {@code ln(named products / products with the word)}; the similarity of two products
 * is the cosine of those vectors, times the freshness of the second product's demand ({@link PurchaseMatrix#trend},
 * as for the co-purchase weights: a product nobody buys any more is not suggested). Each product keeps its
 * {@code neighbours} strongest with a cosine of at least {@link #MIN_SIMILARITY}.
 * <p>
 * Computed through an inverted index (word -> products), so the cost grows with the pairs of products sharing a
 * word; a word in more than {@link #COMMON_WORD_PRODUCTS} products links no products (it says little, its idf is
 * small, and it would make that cost quadratic) but still counts in the name's length.
 */
final class NameSimilarity {

    /** A word in more products than this is too common to tell products apart. */
    static final int COMMON_WORD_PRODUCTS = 2_000;
    /**
     * Names less alike than this (cosine) are not neighbours: sharing only words nearly every product has ("test
     * product 101", "test product 102") is no resemblance, and the request's scaling to the best match would
     * otherwise lift such noise. On the online-retail validation split: floor 0 / 0.05 / 0.1 / 0.2 gave setting (b)
     * 0.1587 / 0.1589 / 0.1600 / 0.1597 NDCG@10.
     */
    static final double MIN_SIMILARITY = 0.1d;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final int neighbours;
    private final int threads;

    NameSimilarity(int neighbours, int threads) {
        this.neighbours = neighbours;
        this.threads = threads;
    }

    /** The words of a name as compared: accents removed, lower case, three characters or more, each once. */
    static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<String>();
        if (name == null) {
            return words;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        for (String word : NOT_A_WORD.split(plain.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 3) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Rows of name neighbours for the products numbered below {@code matrix.productCount} that have a name
     * ({@code names} by product number; null entries have none).
     */
    ItemWeights learn(final String[] names, final PurchaseMatrix matrix) {
        final int n = Math.min(names.length, matrix.productCount);
        final int[][] wordsOf = new int[n][];
        Map<String, Integer> numbers = new HashMap<String, Integer>();
        List<List<Integer>> productsWith = new ArrayList<List<Integer>>();
        int named = 0;
        for (int p = 0; p < n; p++) {
            Set<String> words = words(names[p]);
            if (words.isEmpty()) {
                continue;
            }
            named++;
            wordsOf[p] = new int[words.size()];
            int k = 0;
            for (String word : words) {
                Integer number = numbers.get(word);
                if (number == null) {
                    number = productsWith.size();
                    numbers.put(word, number);
                    productsWith.add(new ArrayList<Integer>());
                }
                productsWith.get(number).add(p);
                wordsOf[p][k++] = number;
            }
        }
        final int[][] postings = new int[productsWith.size()][];
        final double[] idf = new double[productsWith.size()];
        for (int w = 0; w < postings.length; w++) {
            List<Integer> products = productsWith.get(w);
            // A word of one product still counts in its name's length: it makes the name less like the others. A
            // word in every name (idf 0) links nothing.
            idf[w] = Math.log((double) named / products.size());
            postings[w] = products.size() > 1 && products.size() <= COMMON_WORD_PRODUCTS && idf[w] > 0d
                    ? toArray(products) : new int[0];
        }
        final double[] norms = new double[n];
        for (int p = 0; p < n; p++) {
            if (wordsOf[p] != null) {
                double sum = 0d;
                for (int w : wordsOf[p]) {
                    sum += idf[w] * idf[w];
                }
                norms[p] = Math.sqrt(sum);
            }
        }
        final int[][] rows = new int[matrix.productCount][];
        final float[][] weights = new float[matrix.productCount][];
        Parallel.forEach(threads, n, () -> new CoPurchaseWeights.Accumulator(matrix.productCount, neighbours),
                (scratch, p) -> {
                    if (wordsOf[p] == null || norms[p] == 0d) {
                        return;
                    }
                    for (int w : wordsOf[p]) {
                        for (int other : postings[w]) {
                            if (other != p && norms[other] > 0d) {
                                scratch.add(other, idf[w] * idf[w] / norms[other]);
                            }
                        }
                    }
                    scratch.keepStrongest(1d / norms[p], MIN_SIMILARITY, matrix.trend);
                    rows[p] = scratch.strongest.products();
                    weights[p] = scratch.strongest.weights();
                });
        return new ItemWeights(rows, weights);
    }

    private static int[] toArray(List<Integer> values) {
        int[] array = new int[values.size()];
        for (int k = 0; k < array.length; k++) {
            array[k] = values.get(k);
        }
        return array;
    }
}
