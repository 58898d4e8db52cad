package com.broadleafloyalty.imports.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

/**
 * A file that cannot be imported at all (not CSV, not UTF-8, no usable header, too many lines): nothing was written.
 * The reason is a message key of {@code messages/LoyaltyImportMessages}.
 */
public class ImportFileRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public ImportFileRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
