package com.broadleafloyalty.account.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A shipping address reduced to what identifies a place: first line, postal code, city and country, compared
 * without case, accents, punctuation or repeated spaces ("12 Main St." equals "12 main st").
 */
public final class ShippingAddress {

    private final String line1;
    private final String postalCode;
    private final String city;
    private final String country;

    public ShippingAddress(String line1, String postalCode, String city, String country) {
        this.line1 = canonical(line1);
        this.postalCode = canonical(postalCode).replace(" ", "");
        this.city = canonical(city);
        this.country = canonical(country);
    }

    /** An address without a first line and a postal code or city identifies nothing and matches nothing. */
    public boolean isComparable() {
        return !line1.isEmpty() && (!postalCode.isEmpty() || !city.isEmpty());
    }

    public boolean sameAs(ShippingAddress other) {
        return isComparable() && other.isComparable() && line1.equals(other.line1)
                && postalCode.equals(other.postalCode) && city.equals(other.city)
                && (country.isEmpty() || other.country.isEmpty() || country.equals(other.country));
    }

    static String canonical(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").trim();
    }

    @Override
    public String toString() {
        return line1 + ", " + postalCode + " " + city + ", " + country;
    }
}
