package com.broadleafloyalty.admin.customer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in admin user holds no permission of the section. */
@ResponseStatus(value = HttpStatus.FORBIDDEN, reason = "You may not use this admin section.")
public class SectionAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SectionAccessDeniedException(String sectionKey) {
        super("No permission for the admin section " + sectionKey);
    }
}
