package com.broadleafloyalty.audit.core;

/**
 * One admin change as the audit log records it: its kind, the thing changed (a type such as "Customer" or "Tier" and
 * its id) and the changed fields before and after. Who made it, when and from where the audit trail adds.
 */
public final class AuditedChange {

    private final AuditKind kind;
    private final String entityType;
    private final String entityId;
    private final ChangedFields before = ChangedFields.none();
    private final ChangedFields after = ChangedFields.none();

    private AuditedChange(AuditKind kind, String entityType, String entityId) {
        if (kind == null || entityType == null || entityType.trim().isEmpty()) {
            throw new IllegalArgumentException("An audited change needs a kind and an entity type");
        }
        this.kind = kind;
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public static AuditedChange of(AuditKind kind, String entityType, Object entityId) {
        return new AuditedChange(kind, entityType, entityId == null ? null : String.valueOf(entityId));
    }

    public AuditedChange before(String field, Object value) {
        before.with(field, value);
        return this;
    }

    public AuditedChange after(String field, Object value) {
        after.with(field, value);
        return this;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public ChangedFields getBefore() {
        return before;
    }

    public ChangedFields getAfter() {
        return after;
    }
}
