package com.broadleafloyalty.privacy.service;

import com.broadleafloyalty.privacy.domain.PrivacyRequest;

import java.util.List;
import java.util.Map;

/**
 * Data-access and erasure requests (GDPR): one document with everything the module holds about a customer, and an
 * erasure that removes or pseudonymises their personal data while the ledger's sums stay exact. Both are recorded
 * (who, when) without the data.
 */
public interface PrivacyService {

    /** Everything the module holds about the customer, part by part, as plain values ready for JSON. */
    Map<String, Object> export(Long customerId, String requestedBy);

    /** Erases the customer's personal data once; a second request changes nothing and says when it was done. */
    ErasureReport erase(Long customerId, String requestedBy);

    boolean isErased(Long customerId);

    /** The customer's erasure request, or null when their data was never erased. */
    PrivacyRequest erasureOf(Long customerId);

    /** The newest requests first. */
    List<PrivacyRequest> recentRequests(int max);
}
