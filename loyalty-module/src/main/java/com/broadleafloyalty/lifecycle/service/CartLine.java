package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.support.i18n.MoneyFormat;
import org.broadleafcommerce.common.money.Money;

import java.util.Locale;

/** One line of a cart as the abandoned-cart email shows it: name, quantity and price in the reader's format. */
public final class CartLine {

    private final String name;
    private final int quantity;
    private final String price;

    CartLine(String name, int quantity, Money price, Locale locale) {
        this.name = name;
        this.quantity = quantity;
        this.price = money(price, locale);
    }

    static String money(Money amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        return MoneyFormat.format(amount.getAmount(), amount.getCurrency().getCurrencyCode(), locale);
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getPrice() {
        return price;
    }
}
