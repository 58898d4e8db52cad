package com.broadleafloyalty.recommend.core.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists written by the {@code recommend} command ({@code CustomerID,rank,StockCode}, rank from 1), scored like a
 * model. In setting (b) the products a customer already bought are dropped from the list before the top 10 are
 * taken, which is why {@code recommend --depth} can write deeper lists.
 */
public final class RecommendationsFile implements EvaluatedModel {

    private final String name;
    private final Map<String, List<String>> lists;

    private RecommendationsFile(String name, Map<String, List<String>> lists) {
        this.name = name;
        this.lists = lists;
    }

    public static RecommendationsFile read(Path file) throws IOException {
        Map<String, TreeMap<Integer, String>> ranked = new HashMap<String, TreeMap<Integer, String>>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String[] fields = line.split(",");
                if (fields.length != 3) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + ": expected "
                            + "CustomerID,rank,StockCode, got " + line);
                }
                TreeMap<Integer, String> list = ranked.get(fields[0].trim());
                if (list == null) {
                    list = new TreeMap<Integer, String>();
                    ranked.put(fields[0].trim(), list);
                }
                list.put(Integer.valueOf(fields[1].trim()), fields[2].trim());
            }
        }
        Map<String, List<String>> lists = new HashMap<String, List<String>>();
        for (Map.Entry<String, TreeMap<Integer, String>> entry : ranked.entrySet()) {
            lists.put(entry.getKey(), new ArrayList<String>(entry.getValue().values()));
        }
        return new RecommendationsFile("File " + file.getFileName(), lists);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> recommend(String customerId, int count, Set<String> excluded) {
        List<String> list = new ArrayList<String>(count);
        List<String> written = lists.get(customerId);
        if (written != null) {
            for (String product : written) {
                if (list.size() == count) {
                    break;
                }
                if (!excluded.contains(product)) {
                    list.add(product);
                }
            }
        }
        return list;
    }
}
