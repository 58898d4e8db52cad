package com.broadleafloyalty.test.i18n;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the visible texts a Thymeleaf template writes literally instead of through a message key: text with
 * letters outside an element whose content {@code th:text}/{@code th:utext} (or a fragment include) replaces;
 * visible attributes with letters (placeholder, title, alt, aria-label, a button's value) not given by their
 * {@code th:} twin; and quoted words inside {@code th:text}-like expressions ({@code 'Out of stock'}). A short
 * explicit list of words may stay literal (brand names); digits and symbols always may.
 */
public final class TemplateTextCheck {

    private static final List<String> REPLACING = Arrays.asList("th:text", "th:utext", "th:replace", "th:include",
            "th:insert", "th:substituteby");
    private static final List<String> VISIBLE_ATTRIBUTES = Arrays.asList("placeholder", "title", "alt", "aria-label",
            "label");
    private static final List<String> TEXT_EXPRESSIONS = Arrays.asList("th:text", "th:utext", "th:placeholder",
            "th:title", "th:alt", "th:attr");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** A message key or key prefix inside an expression ('loyalty.referral.status.' + status). */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9_\\-]*(\\.[A-Za-z0-9_\\-]*)+");
    /** A date format given to #dates ('yyyy-MM-dd HH:mm'): a pattern of doubled field letters, not words. */
    private static final Pattern FORMAT_PATTERN = Pattern.compile(
            "(yy+|MM+|dd?|HH?|mm|ss)([-/.:, ]+(yy+|MM+|dd?|HH?|mm|ss))*");

    private TemplateTextCheck() {
    }

    /** Every .html file under {@code root}, each literal text found as "file: text". */
    public static List<String> literalTexts(Path root, Collection<String> allowedWords) {
        List<String> found = new ArrayList<String>();
        for (Path template : templates(root)) {
            for (String text : literalTexts(read(template), allowedWords)) {
                found.add(root.relativize(template) + ": " + text);
            }
        }
        return found;
    }

    /** The literal texts of one template. */
    public static List<String> literalTexts(String html, Collection<String> allowedWords) {
        Document document = Jsoup.parse(html, "", Parser.xmlParser());
        List<String> found = new ArrayList<String>();
        for (Node child : document.childNodes()) {
            visit(child, allowedWords, found);
        }
        return found;
    }

    private static void visit(Node node, Collection<String> allowed, List<String> found) {
        if (node instanceof TextNode) {
            String text = ((TextNode) node).text().trim();
            if (hasWords(text, allowed)) {
                found.add("text \"" + text + "\"");
            }
            return;
        }
        if (!(node instanceof Element)) {
            return;
        }
        Element element = (Element) node;
        String tag = element.tagName().toLowerCase();
        if (tag.equals("script") || tag.equals("style")) {
            return;
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase();
            if (VISIBLE_ATTRIBUTES.contains(name) && !element.hasAttr("th:" + name) && !element.hasAttr("th:attr")
                    && hasWords(attribute.getValue(), allowed)) {
                found.add(name + " \"" + attribute.getValue() + "\" on <" + tag + ">");
            }
            if (name.equals("value") && isButton(element) && !element.hasAttr("th:value")
                    && hasWords(attribute.getValue(), allowed)) {
                found.add("button value \"" + attribute.getValue() + "\"");
            }
            if (TEXT_EXPRESSIONS.contains(name)) {
                Matcher quoted = QUOTED.matcher(attribute.getValue());
                while (quoted.find()) {
                    String literal = quoted.group(1);
                    if (!KEY_LIKE.matcher(literal).matches() && !FORMAT_PATTERN.matcher(literal).matches()
                            && hasWords(literal, allowed)) {
                        found.add(name + " literal '" + literal + "' in \"" + attribute.getValue() + "\"");
                    }
                }
            }
        }
        for (String replacing : REPLACING) {
            if (element.hasAttr(replacing)) {
                return;
            }
        }
        for (Node child : element.childNodes()) {
            visit(child, allowed, found);
        }
    }

    private static boolean isButton(Element element) {
        String type = element.attr("type").toLowerCase();
        return element.tagName().equalsIgnoreCase("button")
                || element.tagName().equalsIgnoreCase("input") && (type.equals("submit") || type.equals("button")
                        || type.equals("reset"));
    }

    private static boolean hasWords(String text, Collection<String> allowed) {
        String rest = text;
        for (String word : allowed) {
            rest = rest.replace(word, " ");
        }
        return LETTER.matcher(rest).find();
    }

    private static List<Path> templates(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
