package com.broadleafloyalty.admin.audit;

import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.domain.AuditEntry;

import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;

/** An audit entry as the admin page and the CSV export show it: UTC time, the kind in the admin's language. */
public final class AuditRow {

    private final AuditEntry entry;
    private final String kindName;

    AuditRow(AuditEntry entry, String kindName) {
        this.entry = entry;
        this.kindName = kindName;
    }

    /** yyyy-MM-dd HH:mm:ss in UTC, the zone the filter's days are in. */
    public String getDate() {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(entry.getCreatedDate());
    }

    public String getAdminLogin() {
        return entry.getAdminLogin();
    }

    public String getKind() {
        return entry.getKind();
    }

    public String getKindName() {
        return kindName;
    }

    public String getEntityType() {
        return entry.getEntityType();
    }

    public String getEntityId() {
        return entry.getEntityId();
    }

    public String getBefore() {
        return entry.getBefore();
    }

    public String getAfter() {
        return entry.getAfter();
    }

    public String getClientAddress() {
        return entry.getClientAddress();
    }

    /** The CSV columns: the kind's stored name and its name in the admin's language both, for filters and people. */
    List<String> csvFields() {
        return Arrays.asList(getDate(), getAdminLogin(), getKind(), kindName, getEntityType(), getEntityId(),
                getBefore(), getAfter(), getClientAddress());
    }

    static final String[] CSV_HEADER_KEYS = {"loyalty.audit.date", "loyalty.audit.admin", "loyalty.audit.kindCode",
        "loyalty.audit.kind", "loyalty.audit.entity", "loyalty.audit.entityId", "loyalty.audit.before",
        "loyalty.audit.after", "loyalty.audit.address"};

    static String kindKey(String kind) {
        AuditKind known = AuditKind.named(kind);
        return known == null ? null : known.getMessageKey();
    }
}
