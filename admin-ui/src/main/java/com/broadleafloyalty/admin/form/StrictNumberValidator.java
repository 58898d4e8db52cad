package com.broadleafloyalty.admin.form;

import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.openadmin.server.service.persistence.module.provider.request.PopulateValueRequest;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PopulateValueRequestValidator;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Reads the numbers typed into the loyalty sections' entity forms before Broadleaf converts them, and refuses what it
 * cannot store: Broadleaf's own check lets 'NaN' through a decimal (then fails with a ClassCastException), other
 * scripts' digits ('５０') through a whole number, and a lookup id that is not a number or names no row through to the
 * database (a NumberFormatException or a NOT NULL violation): each was an HTTP 500. Only ASCII digits with an optional
 * minus sign are numbers here, whole numbers and lookups have at most 18 digits (decimals at most 14 before the point
 * and 5 after it: a DECIMAL(19,5) column) and a lookup must name an existing row. Other rules (ranges, limits) stay
 * with each field's own validator. Merged into Broadleaf's {@code blPopulateValueRequestValidators}; applies to the
 * module's entities only.
 */
public class StrictNumberValidator implements PopulateValueRequestValidator {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,14}(\\.[0-9]{1,5})?");
    /** '-0' and '-0.00': DecimalFormat reads them as the Double -0.0, which Broadleaf then stores as it likes. */
    private static final Pattern NEGATIVE_ZERO = Pattern.compile("-0+(\\.0+)?");

    @Override
    public PropertyValidationResult validate(PopulateValueRequest request, Serializable instance) {
        if (instance == null || !instance.getClass().getName().startsWith("com.broadleafloyalty.")) {
            return new PropertyValidationResult(true);
        }
        String typed = request.getRequestedValue() == null ? "" : request.getRequestedValue().trim();
        if (typed.isEmpty()) {
            return new PropertyValidationResult(true); // Broadleaf's required check and the field's own rules decide.
        }
        SupportedFieldType type = request.getMetadata().getFieldType();
        if (type == SupportedFieldType.INTEGER) {
            return result(WHOLE.matcher(typed).matches() && !NEGATIVE_ZERO.matcher(typed).matches()
                    && fits(typed, request.getReturnType()), "loyalty.admin.field.notAWholeNumber");
        }
        if (type == SupportedFieldType.DECIMAL || type == SupportedFieldType.MONEY) {
            return result(DECIMAL.matcher(typed).matches() && !NEGATIVE_ZERO.matcher(typed).matches(),
                    "loyalty.admin.field.notADecimal");
        }
        if (type == SupportedFieldType.FOREIGN_KEY || type == SupportedFieldType.ADDITIONAL_FOREIGN_KEY) {
            return result(WHOLE.matcher(typed).matches() && exists(request, Long.valueOf(typed)),
                    "loyalty.admin.field.noSuchRow");
        }
        return new PropertyValidationResult(true);
    }

    /** An int field takes only what fits an int (Broadleaf's Integer.valueOf fails on more). */
    private static boolean fits(String typed, Class<?> returnType) {
        long value = Long.parseLong(typed);
        boolean isInt = returnType == int.class || returnType == Integer.class;
        return !isInt || (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE);
    }

    private static boolean exists(PopulateValueRequest request, Long id) {
        String className = request.getMetadata().getForeignKeyClass();
        if (className == null) {
            return true; // Not a lookup Broadleaf can resolve here: leave it to Broadleaf.
        }
        try {
            return request.getPersistenceManager().getDynamicEntityDao().find(Class.forName(className), id) != null;
        } catch (ClassNotFoundException unknownClass) {
            return true;
        }
    }

    private static PropertyValidationResult result(boolean valid, String messageKey) {
        return valid ? new PropertyValidationResult(true) : new PropertyValidationResult(false, messageKey);
    }
}
