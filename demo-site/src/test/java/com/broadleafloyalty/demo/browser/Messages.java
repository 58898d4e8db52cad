package com.broadleafloyalty.demo.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The texts a page should show in one locale, read from the bundles the shop itself merges (UTF-8 files). */
final class Messages {

    private final Properties demo;
    private final Properties module;

    private Messages(Properties demo, Properties module) {
        this.demo = demo;
        this.module = module;
    }

    static Messages of(String locale) throws IOException {
        String suffix = locale.startsWith("en") ? "" : "_" + locale.substring(0, 2);
        return new Messages(load("site/messages" + suffix + ".properties"),
                load("messages/LoyaltyMessages" + suffix + ".properties"));
    }

    String demo(String key) {
        return text(demo, key);
    }

    String module(String key) {
        return text(module, key);
    }

    private static String text(Properties bundle, String key) {
        String value = bundle.getProperty(key);
        if (value == null) {
            throw new AssertionError("No text for " + key);
        }
        return value;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No bundle " + resource + " on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
