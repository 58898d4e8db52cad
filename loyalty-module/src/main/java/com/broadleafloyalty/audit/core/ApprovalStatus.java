package com.broadleafloyalty.audit.core;

/** Where a change that needs a second admin stands: waiting, or decided once and for all. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
