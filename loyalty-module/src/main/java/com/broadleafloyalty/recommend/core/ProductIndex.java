package com.broadleafloyalty.recommend.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers products 0, 1, 2, ... in the order they are first seen, so the model can keep its arrays dense. Numbers
 * never change and are never reused; reads are lock-free, adding a product is synchronized.
 */
public final class ProductIndex {

    private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<String, Integer>();
    private volatile String[] ids = new String[64];
    private volatile int size;

    /** The product's number, or -1 when it has never been seen. */
    public int numberOf(String productId) {
        Integer number = numbers.get(productId);
        return number == null ? -1 : number;
    }

    public int numberOrAdd(String productId) {
        Integer number = numbers.get(productId);
        return number != null ? number : add(productId);
    }

    private synchronized int add(String productId) {
        Integer existing = numbers.get(productId);
        if (existing != null) {
            return existing;
        }
        if (size == ids.length) {
            String[] grown = new String[ids.length * 2];
            System.arraycopy(ids, 0, grown, 0, size);
            ids = grown;
        }
        ids[size] = productId;
        int number = size;
        size = number + 1;
        numbers.put(productId, number);
        return number;
    }

    public String productId(int number) {
        return ids[number];
    }

    public int size() {
        return size;
    }

    public List<String> productIds() {
        List<String> all = new ArrayList<String>(size);
        for (int i = 0; i < size; i++) {
            all.add(ids[i]);
        }
        return all;
    }
}
