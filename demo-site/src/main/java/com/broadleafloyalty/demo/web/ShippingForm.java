package com.broadleafloyalty.demo.web;

import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Address;

import java.util.Arrays;
import java.util.List;

/** The checkout's shipping address and method as typed, or as the cart holds them; checked before anything is saved. */
public final class ShippingForm {

    /** The countries the demo ships to (their names are messages demo.country.XX). */
    public static final List<String> COUNTRIES = Arrays.asList("RO", "PL", "ES", "US");
    static final int MAX_LENGTH = 100;

    private String firstName;
    private String lastName;
    private String addressLine1;
    private String city;
    private String postalCode;
    private String country;
    private Long optionId;

    /** What the cart's first fulfillment group holds (empty fields for a new cart). */
    public static ShippingForm of(Order cart) {
        ShippingForm form = new ShippingForm();
        for (FulfillmentGroup group : cart.getFulfillmentGroups()) {
            Address address = group.getAddress();
            if (address != null) {
                form.firstName = address.getFirstName();
                form.lastName = address.getLastName();
                form.addressLine1 = address.getAddressLine1();
                form.city = address.getCity();
                form.postalCode = address.getPostalCode();
                form.country = address.getCountry() == null ? null : address.getCountry().getAbbreviation();
            }
            form.optionId = group.getFulfillmentOption() == null ? null : group.getFulfillmentOption().getId();
            break;
        }
        return form;
    }

    public static ShippingForm typed(String firstName, String lastName, String addressLine1, String city,
            String postalCode, String country, String optionId) {
        ShippingForm form = new ShippingForm();
        form.firstName = trim(firstName);
        form.lastName = trim(lastName);
        form.addressLine1 = trim(addressLine1);
        form.city = trim(city);
        form.postalCode = trim(postalCode);
        form.country = trim(country);
        String option = trim(optionId);
        form.optionId = option != null && option.matches("-?[0-9]{1,18}") ? Long.valueOf(option) : null;
        return form;
    }

    /** The message key of the first problem, or null when the form can be saved. */
    String problem(List<Long> optionIds) {
        String[] fields = {firstName, lastName, addressLine1, city, postalCode};
        for (String field : fields) {
            if (field == null) {
                return "demo.checkout.fieldMissing";
            }
        }
        for (String field : fields) {
            if (field.length() > MAX_LENGTH) {
                return "demo.checkout.fieldTooLong";
            }
        }
        if (country == null || !COUNTRIES.contains(country)) {
            return "demo.checkout.badCountry";
        }
        if (optionId == null || !optionIds.contains(optionId)) {
            return "demo.checkout.badMethod";
        }
        return null;
    }

    private static String trim(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public Long getOptionId() {
        return optionId;
    }
}
