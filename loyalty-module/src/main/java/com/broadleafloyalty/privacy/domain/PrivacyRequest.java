package com.broadleafloyalty.privacy.domain;

import com.broadleafloyalty.privacy.core.PrivacyRequestKind;

import java.io.Serializable;
import java.util.Date;

/**
 * A data-access or erasure request carried out (LOY_PRIVACY_REQUEST): who asked for it, when, and how many records it
 * touched; never the data itself.
 */
public interface PrivacyRequest extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    PrivacyRequestKind getKind();

    void setKind(PrivacyRequestKind kind);

    String getRequestKey();

    void setRequestKey(String requestKey);

    /** The admin user or API key that carried it out. */
    String getRequestedBy();

    void setRequestedBy(String requestedBy);

    Date getRequestedAt();

    void setRequestedAt(Date requestedAt);

    long getRecords();

    void setRecords(long records);
}
