package com.broadleafloyalty.admin.customer;

/** The signed-in admin user may see the section but holds none of its permissions that allow changes. */
public class SectionChangeDeniedException extends SectionAccessDeniedException {

    private static final long serialVersionUID = 1L;

    public SectionChangeDeniedException(String sectionKey) {
        super(sectionKey, "No permission to change in the admin section " + sectionKey);
    }
}
