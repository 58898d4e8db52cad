package com.broadleafloyalty.demo.replay.shop;

import java.util.HashMap;
import java.util.Map;

/** The Broadleaf product and SKU of every catalog key ({@code stockCode@price}), and back from SKU to key. */
public final class ReplayCatalog {

    private final Map<String, Long> productIds = new HashMap<String, Long>();
    private final Map<String, Long> skuIds = new HashMap<String, Long>();
    private final Map<Long, String> keysBySkuId = new HashMap<Long, String>();

    void add(String key, Long productId, Long skuId) {
        productIds.put(key, productId);
        skuIds.put(key, skuId);
        keysBySkuId.put(skuId, key);
    }

    public Long productId(String key) {
        return productIds.get(key);
    }

    public Long skuId(String key) {
        return skuIds.get(key);
    }

    public String keyOfSku(Long skuId) {
        return keysBySkuId.get(skuId);
    }

    public int size() {
        return skuIds.size();
    }
}
