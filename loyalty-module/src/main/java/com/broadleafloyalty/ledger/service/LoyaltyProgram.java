package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.ClawbackPolicy;
import com.broadleafloyalty.ledger.core.RedemptionRate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The merchant's programme settings (bean blLoyaltyProgram, from loyalty.* properties). */
public class LoyaltyProgram {

    private int pendingDays = 14;
    private int expiryMonths = 12;
    private ClawbackPolicy clawbackPolicy = ClawbackPolicy.ALLOW_NEGATIVE;
    private RedemptionRate redemptionRate = new RedemptionRate(100, new BigDecimal("10.00"));
    private int reservationTimeoutMinutes = 60;
    private int expiringSoonDays = 30;
    private int reminderDaysBefore = 14;
    private String baseCurrency = "USD";
    private Map<String, BigDecimal> conversionRates = Collections.emptyMap();

    /** When points credited at {@code now} become available. */
    public Date availableFrom(Date now) {
        return plus(now, Calendar.DAY_OF_MONTH, pendingDays);
    }

    /** When points that become available at {@code availableFrom} expire, or null when they never do. */
    public Date expiresAt(Date availableFrom) {
        return expiryMonths <= 0 ? null : plus(availableFrom, Calendar.MONTH, expiryMonths);
    }

    /**
     * Multiplier from {@code currencyCode} to the base currency, or null when unknown (then nothing is earned:
     * never guess a rate, or a weak currency would farm points).
     */
    public BigDecimal conversionRate(String currencyCode) {
        if (currencyCode == null || currencyCode.equalsIgnoreCase(baseCurrency)) {
            return BigDecimal.ONE;
        }
        return conversionRates.get(currencyCode.toUpperCase());
    }

    public Duration expiringSoonWindow() {
        return Duration.ofDays(expiringSoonDays);
    }

    private static Date plus(Date date, int field, int amount) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(date);
        calendar.add(field, amount);
        return calendar.getTime();
    }

    public int getPendingDays() {
        return pendingDays;
    }

    public void setPendingDays(int pendingDays) {
        if (pendingDays < 0) {
            throw new IllegalArgumentException("loyalty.pending.days must be 0 or more, got " + pendingDays);
        }
        this.pendingDays = pendingDays;
    }

    public int getExpiryMonths() {
        return expiryMonths;
    }

    /** 0 means points never expire. */
    public void setExpiryMonths(int expiryMonths) {
        this.expiryMonths = expiryMonths;
    }

    public ClawbackPolicy getClawbackPolicy() {
        return clawbackPolicy;
    }

    public void setClawbackPolicy(ClawbackPolicy clawbackPolicy) {
        this.clawbackPolicy = clawbackPolicy;
    }

    public RedemptionRate getRedemptionRate() {
        return redemptionRate;
    }

    public void setRedemptionRate(RedemptionRate redemptionRate) {
        this.redemptionRate = redemptionRate;
    }

    public int getReservationTimeoutMinutes() {
        return reservationTimeoutMinutes;
    }

    public void setReservationTimeoutMinutes(int reservationTimeoutMinutes) {
        this.reservationTimeoutMinutes = reservationTimeoutMinutes;
    }

    public int getExpiringSoonDays() {
        return expiringSoonDays;
    }

    public void setExpiringSoonDays(int expiringSoonDays) {
        this.expiringSoonDays = expiringSoonDays;
    }

    public int getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public void setReminderDaysBefore(int reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
    }

    public String getBaseCurrency() {
        return baseCurrency;
    }

    public void setBaseCurrency(String baseCurrency) {
        this.baseCurrency = baseCurrency.toUpperCase();
    }

    /** {@code EUR:1.08,GBP:1.27}: one unit of each currency in the base currency. */
    public void setConversionRates(String rates) {
        Map<String, BigDecimal> parsed = new HashMap<String, BigDecimal>();
        if (rates != null) {
            for (String pair : rates.split(",")) {
                if (pair.trim().isEmpty()) {
                    continue;
                }
                String[] parts = pair.split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("loyalty.currency.rates wants CODE:rate pairs, got '" + pair + "'");
                }
                BigDecimal rate = new BigDecimal(parts[1].trim());
                if (rate.signum() <= 0) {
                    throw new IllegalArgumentException("A conversion rate must be more than zero: '" + pair + "'");
                }
                parsed.put(parts[0].trim().toUpperCase(), rate);
            }
        }
        this.conversionRates = parsed;
    }
}
