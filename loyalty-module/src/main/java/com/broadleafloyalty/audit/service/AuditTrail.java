package com.broadleafloyalty.audit.service;

import com.broadleafloyalty.audit.core.AuditedChange;

/**
 * The door every admin change goes through to be audited: a points adjustment, a cancellation or return, a reward,
 * tier or VIP offer change, an API key or webhook change (a campaign send later). A slice calls it inside the
 * transaction of the change itself, so the row and the change commit or roll back together.
 */
public interface AuditTrail {

    /**
     * Writes the change with its admin, the time and the client address of the current request (none outside a
     * request). Joins the caller's transaction; only a caller without one gets a transaction of its own.
     */
    void record(String adminLogin, AuditedChange change);
}
