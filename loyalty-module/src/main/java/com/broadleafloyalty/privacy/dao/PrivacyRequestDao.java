package com.broadleafloyalty.privacy.dao;

import com.broadleafloyalty.privacy.domain.PrivacyRequest;

import java.util.List;

public interface PrivacyRequestDao {

    /** Writes the request at once (flushed): a second erasure of the customer fails here on the unique key. */
    PrivacyRequest save(PrivacyRequest request);

    PrivacyRequest readErasure(Long customerId);

    /** The newest first. */
    List<PrivacyRequest> readRequests(int max);
}
