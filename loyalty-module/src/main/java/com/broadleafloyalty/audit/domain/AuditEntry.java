package com.broadleafloyalty.audit.domain;

import java.io.Serializable;
import java.util.Date;

/** One row of the audit log: who changed what, when, from which address, and the changed fields before and after. */
public interface AuditEntry extends Serializable {

    Long getId();

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    String getAdminLogin();

    void setAdminLogin(String adminLogin);

    /** An {@link com.broadleafloyalty.audit.core.AuditKind} name. */
    String getKind();

    void setKind(String kind);

    String getEntityType();

    void setEntityType(String entityType);

    String getEntityId();

    void setEntityId(String entityId);

    String getBefore();

    void setBefore(String before);

    String getAfter();

    void setAfter(String after);

    String getClientAddress();

    void setClientAddress(String clientAddress);
}
