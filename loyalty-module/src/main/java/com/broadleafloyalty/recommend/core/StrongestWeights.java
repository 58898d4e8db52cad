package com.broadleafloyalty.recommend.core;

import java.util.Arrays;

/** Keeps the k largest (product, weight) pairs offered, with a small min-heap; read back strongest first. */
final class StrongestWeights {

    private final int capacity;
    private final int[] products;
    private final double[] weights;
    private int size;

    StrongestWeights(int capacity) {
        this.capacity = capacity;
        this.products = new int[capacity];
        this.weights = new double[capacity];
    }

    void clear() {
        size = 0;
    }

    void offer(int product, double weight) {
        if (capacity == 0) {
            return;
        }
        if (size < capacity) {
            products[size] = product;
            weights[size] = weight;
            siftUp(size++);
        } else if (weight > weights[0]) {
            products[0] = product;
            weights[0] = weight;
            siftDown(0);
        }
    }

    int[] products() {
        Integer[] order = order();
        int[] result = new int[size];
        for (int k = 0; k < size; k++) {
            result[k] = products[order[k]];
        }
        return result;
    }

    float[] weights() {
        Integer[] order = order();
        float[] result = new float[size];
        for (int k = 0; k < size; k++) {
            result[k] = (float) weights[order[k]];
        }
        return result;
    }

    private Integer[] order() {
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
        return order;
    }

    private void siftUp(int child) {
        while (child > 0) {
            int parent = (child - 1) / 2;
            if (weights[parent] <= weights[child]) {
                return;
            }
            swap(parent, child);
            child = parent;
        }
    }

    private void siftDown(int parent) {
        while (true) {
            int smallest = parent;
            int left = 2 * parent + 1;
            int right = left + 1;
            if (left < size && weights[left] < weights[smallest]) {
                smallest = left;
            }
            if (right < size && weights[right] < weights[smallest]) {
                smallest = right;
            }
            if (smallest == parent) {
                return;
            }
            swap(parent, smallest);
            parent = smallest;
        }
    }

    private void swap(int a, int b) {
        int product = products[a];
        products[a] = products[b];
        products[b] = product;
        double weight = weights[a];
        weights[a] = weights[b];
        weights[b] = weight;
    }
}
