package com.broadleafloyalty.admin.customer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The signed-in admin user holds no permission of the section. {@code SectionAccessDeniedPage} answers it with a
 * page in the admin's language; the status below is only the fallback where that resolver is not installed.
 */
@ResponseStatus(value = HttpStatus.FORBIDDEN)
public class SectionAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sectionKey;

    public SectionAccessDeniedException(String sectionKey) {
        this(sectionKey, "No permission for the admin section " + sectionKey);
    }

    protected SectionAccessDeniedException(String sectionKey, String message) {
        super(message);
        this.sectionKey = sectionKey;
    }

    public String getSectionKey() {
        return sectionKey;
    }
}
