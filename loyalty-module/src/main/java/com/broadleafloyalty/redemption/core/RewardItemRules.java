package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.AmountProblem;
import com.broadleafloyalty.ledger.core.AmountRefusedException;
import com.broadleafloyalty.ledger.core.InputLimits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a reward item offerable: a name, a points cost above zero, one of the known reward types and,
 * when stock is limited, a stock of zero or more (no stock means unlimited). A fixed discount needs an amount above
 * zero, a percent discount a percentage above 0 and at most 100; a free product or a gift needs its product.
 * <p>
 * Plain Java on purpose: the admin form, imports and services all ask these rules, so a reward item is judged
 * the same way whichever door it comes through. The {@code …Typed} checks take text as a form sends it, because
 * the Broadleaf admin validates one submitted field at a time, before any value is converted; typed numbers are read
 * strictly (ASCII digits, see {@link com.broadleafloyalty.ledger.core.PointsAmount}) and held to {@link InputLimits}.
 * A problem above a limit has the limit as its message argument ({@link #limitOf}).
 */
public final class RewardItemRules {

    /** The NAME column is 255 characters wide; a longer name would fail in the database instead of on the form. */
    public static final int MAX_NAME_LENGTH = 255;

    /** The type codes a reward item may carry: the codes of the module's Broadleaf enumeration type. */
    public static final Set<String> KNOWN_TYPE_CODES = Collections.unmodifiableSet(new LinkedHashSet<String>(
            Arrays.asList("FIXED_DISCOUNT", "PERCENT_DISCOUNT", "FREE_SHIPPING", "FREE_PRODUCT", "GIFT")));

    /** Types whose value is an amount of money off the order. */
    public static final String FIXED_DISCOUNT = "FIXED_DISCOUNT";
    /** Types whose value is a percentage off the order's merchandise. */
    public static final String PERCENT_DISCOUNT = "PERCENT_DISCOUNT";
    /** Types that put a product in the cart at zero price. */
    public static final Set<String> PRODUCT_TYPE_CODES = Collections.unmodifiableSet(new LinkedHashSet<String>(
            Arrays.asList("FREE_PRODUCT", "GIFT")));

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final InputLimits limits;

    /** The rules with the default limits (InputLimits.defaults()). */
    public RewardItemRules() {
        this(InputLimits.defaults());
    }

    public RewardItemRules(InputLimits limits) {
        this.limits = limits;
    }

    /** The argument of a problem's message: the limit it names, or none. */
    public Object[] limitOf(RewardItemProblem problem) {
        switch (problem) {
            case POINTS_COST_ABOVE_LIMIT:
                return new Object[] {limits.getRewardPointsCost()};
            case STOCK_ABOVE_LIMIT:
                return new Object[] {limits.getRewardStock()};
            case VALUE_ABOVE_LIMIT:
                return new Object[] {limits.getRewardValue().toPlainString()};
            default:
                return new Object[0];
        }
    }

    /** Every problem of a whole reward item without value or product (a free-shipping item, say), in field order. */
    public List<RewardItemProblem> check(String name, Long pointsCost, String typeCode, Integer stock) {
        return check(name, pointsCost, typeCode, stock, null, null);
    }

    /** Every problem of a whole reward item, in field order; empty when it can be offered. */
    public List<RewardItemProblem> check(String name, Long pointsCost, String typeCode, Integer stock,
            BigDecimal value, Long productId) {
        List<RewardItemProblem> problems = new ArrayList<RewardItemProblem>();
        addIfPresent(problems, checkName(name));
        addIfPresent(problems, checkPointsCost(pointsCost));
        addIfPresent(problems, checkType(typeCode));
        addIfPresent(problems, checkStock(stock));
        addIfPresent(problems, checkValue(typeCode, value));
        addIfPresent(problems, checkProduct(typeCode, productId));
        return problems;
    }

    /** A discount type needs a value above zero (a percentage at most 100); other types ignore it. */
    public Optional<RewardItemProblem> checkValue(String typeCode, BigDecimal value) {
        boolean fixed = FIXED_DISCOUNT.equals(typeCode);
        boolean percent = PERCENT_DISCOUNT.equals(typeCode);
        if (!fixed && !percent) {
            return none();
        }
        if (value == null) {
            return Optional.of(RewardItemProblem.VALUE_MISSING);
        }
        if (value.signum() <= 0) {
            return Optional.of(RewardItemProblem.VALUE_NOT_POSITIVE);
        }
        if (fixed && value.compareTo(limits.getRewardValue()) > 0) {
            return Optional.of(RewardItemProblem.VALUE_ABOVE_LIMIT);
        }
        return percent && value.compareTo(HUNDRED) > 0 ? Optional.of(RewardItemProblem.PERCENT_ABOVE_100) : none();
    }

    /** A free product or gift needs its product; other types ignore it. */
    public Optional<RewardItemProblem> checkProduct(String typeCode, Long productId) {
        return PRODUCT_TYPE_CODES.contains(typeCode) && productId == null
                ? Optional.of(RewardItemProblem.PRODUCT_MISSING) : none();
    }

    public Optional<RewardItemProblem> checkName(String name) {
        if (name == null || name.trim().isEmpty()) {
            return Optional.of(RewardItemProblem.NAME_MISSING);
        }
        return name.length() > MAX_NAME_LENGTH ? Optional.of(RewardItemProblem.NAME_TOO_LONG) : none();
    }

    public Optional<RewardItemProblem> checkPointsCost(Long pointsCost) {
        if (pointsCost == null) {
            return Optional.of(RewardItemProblem.POINTS_COST_MISSING);
        }
        if (pointsCost <= 0) {
            return Optional.of(RewardItemProblem.POINTS_COST_NOT_POSITIVE);
        }
        return pointsCost > limits.getRewardPointsCost()
                ? Optional.of(RewardItemProblem.POINTS_COST_ABOVE_LIMIT) : none();
    }

    public Optional<RewardItemProblem> checkType(String typeCode) {
        if (typeCode == null || typeCode.trim().isEmpty()) {
            return Optional.of(RewardItemProblem.TYPE_MISSING);
        }
        return KNOWN_TYPE_CODES.contains(typeCode) ? none() : Optional.of(RewardItemProblem.TYPE_UNKNOWN);
    }

    public Optional<RewardItemProblem> checkStock(Integer stock) {
        if (stock != null && stock < 0) {
            return Optional.of(RewardItemProblem.STOCK_NEGATIVE);
        }
        return stock != null && stock > limits.getRewardStock()
                ? Optional.of(RewardItemProblem.STOCK_ABOVE_LIMIT) : none();
    }

    public Optional<RewardItemProblem> checkDescription(String description) {
        return description != null && description.length() > InputLimits.DESCRIPTION_LENGTH
                ? Optional.of(RewardItemProblem.DESCRIPTION_TOO_LONG) : none();
    }

    /**
     * Checks one field as typed into a form, by the entity's property name ({@link RewardItemProblem#getField()}).
     * Fields these rules do not govern pass. Text that is not a whole number is refused with the same message as
     * a number out of range, because both ask the merchant for the same fix.
     */
    public Optional<RewardItemProblem> checkTyped(String field, String typed) {
        if ("name".equals(field)) {
            return checkName(typed);
        }
        if ("rewardType".equals(field)) {
            return checkType(typed);
        }
        if ("description".equals(field)) {
            return checkDescription(typed);
        }
        if ("pointsCost".equals(field)) {
            if (isBlank(typed)) {
                return Optional.of(RewardItemProblem.POINTS_COST_MISSING);
            }
            try {
                limits.rewardCost().parse(typed);
                return none();
            } catch (AmountRefusedException e) {
                return Optional.of(e.getProblem() == AmountProblem.ABOVE_LIMIT
                        ? RewardItemProblem.POINTS_COST_ABOVE_LIMIT : RewardItemProblem.POINTS_COST_NOT_POSITIVE);
            }
        }
        if ("stock".equals(field)) {
            if (isBlank(typed)) {
                return none();
            }
            try {
                limits.rewardStock().parse(typed);
                return none();
            } catch (AmountRefusedException e) {
                return Optional.of(e.getProblem() == AmountProblem.ABOVE_LIMIT
                        ? RewardItemProblem.STOCK_ABOVE_LIMIT : RewardItemProblem.STOCK_NEGATIVE);
            }
        }
        return none();
    }

    /**
     * Checks a field whose rule depends on the reward type (the value and the product), as typed into a form, with
     * the type the same form carries. Text that is not a number is refused like a value out of range.
     */
    public Optional<RewardItemProblem> checkTypedForType(String field, String typed, String typeCode) {
        if ("rewardValue".equals(field)) {
            if (isBlank(typed)) {
                return checkValue(typeCode, null);
            }
            if (!FIXED_DISCOUNT.equals(typeCode) && !PERCENT_DISCOUNT.equals(typeCode)) {
                // Ignored by the other types, but still stored: it must fit the column.
                return decimal(typed) == null && !typed.trim().matches("0{1,30}(\\.0{1,5})?")
                        ? Optional.of(RewardItemProblem.VALUE_NOT_A_NUMBER) : none();
            }
            return typedValue(typed, typeCode);
        }
        if ("product".equals(field)) {
            return checkProduct(typeCode, isBlank(typed) ? null : wholeNumber(typed));
        }
        return checkTyped(field, typed);
    }

    private Optional<RewardItemProblem> typedValue(String typed, String typeCode) {
        try {
            return checkValue(typeCode, limits.rewardValue().parse(typed));
        } catch (AmountRefusedException e) {
            if (e.getProblem() == AmountProblem.NOT_A_DECIMAL) {
                return Optional.of(RewardItemProblem.VALUE_NOT_A_NUMBER);
            }
            if (e.getProblem() == AmountProblem.ABOVE_LIMIT) {
                return Optional.of(PERCENT_DISCOUNT.equals(typeCode)
                        ? RewardItemProblem.PERCENT_ABOVE_100 : RewardItemProblem.VALUE_ABOVE_LIMIT);
            }
            return Optional.of(RewardItemProblem.VALUE_NOT_POSITIVE);
        }
    }

    /** The typed value when it is a strict decimal within the limit, else null. */
    private BigDecimal decimal(String typed) {
        try {
            return limits.rewardValue().parse(typed);
        } catch (AmountRefusedException notAnAmount) {
            return null;
        }
    }

    private static Long wholeNumber(String typed) {
        try {
            return Long.valueOf(typed.trim());
        } catch (NumberFormatException notAWholeNumber) {
            return null;
        }
    }

    private static boolean isBlank(String typed) {
        return typed == null || typed.trim().isEmpty();
    }

    private static Optional<RewardItemProblem> none() {
        return Optional.empty();
    }

    private static void addIfPresent(List<RewardItemProblem> problems, Optional<RewardItemProblem> problem) {
        if (problem.isPresent()) {
            problems.add(problem.get());
        }
    }
}
