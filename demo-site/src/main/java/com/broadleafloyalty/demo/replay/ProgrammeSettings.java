package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.support.command.ExistingFile;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierSetup;
import picocli.CommandLine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The programme settings a replay tries ({@code --config FILE}): loyalty properties that override the shop's own.
 * Broadleaf's property configurer reads them from the file named by the {@code property-override} system property,
 * above every other source, so the replayed shop earns, holds and expires points by them.
 */
public final class ProgrammeSettings {

    static final String PREFIX = "loyalty.";
    /** The replayed shop's tier ladder instead of the demo's: {@code name:points:spend:multiplier}, separated by ";". */
    static final String TIERS = "loyalty.replay.tiers";
    static final String OVERRIDE_PROPERTY = "property-override";

    private final Path file;
    private final Map<String, String> settings;

    private ProgrammeSettings(Path file, Map<String, String> settings) {
        this.file = file;
        this.settings = settings;
    }

    /** Reads the file; refuses one that is not properties, is empty, or sets anything but loyalty properties. */
    static ProgrammeSettings read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a properties file: " + e.getMessage(), e);
        }
        Map<String, String> settings = new TreeMap<String, String>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                throw new IllegalArgumentException(file + " sets " + key + ": only " + PREFIX
                        + "* properties are programme settings");
            }
            settings.put(key, properties.getProperty(key).trim());
        }
        if (settings.isEmpty()) {
            throw new IllegalArgumentException(file + " sets no " + PREFIX + "* property");
        }
        return new ProgrammeSettings(file.toAbsolutePath(), settings);
    }

    /**
     * The tier ladder {@link #TIERS} sets, lowest first (empty when the file does not set one): each tier as
     * {@code name:points:spend:multiplier}, e.g. {@code Bronze:0:0:1; Silver:50:500:1.25}.
     */
    public List<TierDefinition> tiers() {
        String ladder = settings.get(TIERS);
        List<TierDefinition> tiers = new ArrayList<TierDefinition>();
        if (ladder == null || ladder.isEmpty()) {
            return tiers;
        }
        for (String tier : ladder.split(";")) {
            String[] parts = tier.trim().split(":");
            if (parts.length != 4) {
                throw new IllegalArgumentException(file + ": " + TIERS + " has \"" + tier.trim()
                        + "\"; each tier is name:points:spend:multiplier, e.g. Silver:50:500:1.25");
            }
            TierDefinition definition;
            try {
                definition = TierDefinition.of(parts[0].trim(), Long.parseLong(parts[1].trim()), parts[2].trim(),
                        parts[3].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": " + TIERS + " has \"" + tier.trim()
                        + "\"; points must be a whole number, spend and multiplier decimal numbers", e);
            }
            // Refused here, before a shop starts; the shop's own tier rules check the rest of the ladder.
            if (definition.getMultiplier().compareTo(TierSetup.MAX_MULTIPLIER) > 0) {
                throw new IllegalArgumentException(file + ": " + TIERS + " has \"" + tier.trim()
                        + "\"; the multiplier can be at most " + TierSetup.MAX_MULTIPLIER.toPlainString());
            }
            tiers.add(definition);
        }
        return tiers;
    }

    /** The settings, by name. */
    public Map<String, String> getSettings() {
        return settings;
    }

    /** Makes the next shop that starts read these settings; the returned handle puts the previous state back. */
    AutoCloseable apply() {
        String before = System.getProperty(OVERRIDE_PROPERTY);
        System.setProperty(OVERRIDE_PROPERTY, file.toString());
        return () -> {
            if (before == null) {
                System.clearProperty(OVERRIDE_PROPERTY);
            } else {
                System.setProperty(OVERRIDE_PROPERTY, before);
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            text.append(text.length() == 0 ? "" : ", ").append(setting.getKey()).append('=')
                    .append(setting.getValue());
        }
        return text.toString();
    }

    /** picocli's converter: an existing, readable file of loyalty properties, or a sentence saying what is wrong. */
    public static final class Converter implements CommandLine.ITypeConverter<ProgrammeSettings> {

        @Override
        public ProgrammeSettings convert(String value) {
            Path path = new ExistingFile().convert(value);
            try {
                return read(path);
            } catch (IOException | IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
