package com.broadleafloyalty.admin.audit;

import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.core.ChangedFields;
import com.broadleafloyalty.audit.service.AuditTrail;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManager;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManagerEventHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.PersistenceManagerEventHandlerResponse;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Audits what admins change through Broadleaf's generic entity pages: rewards, tiers and VIP offers, added, edited or
 * deleted. Broadleaf calls these hooks inside the transaction of its admin save (DynamicEntityRemoteService), so the
 * audit row commits or rolls back with the change. The fields before are read just before the change, those after
 * just after, from the same entity; only the fields that differ are written (all of them for an add or a delete).
 */
public class EntityChangeAuditor extends PersistenceManagerEventHandlerAdapter {

    static final Map<String, AuditKind> AUDITED = new HashMap<String, AuditKind>();

    static {
        AUDITED.put("com.broadleafloyalty.redemption.domain.RewardItem", AuditKind.REWARD_CHANGED);
        AUDITED.put("com.broadleafloyalty.tier.domain.Tier", AuditKind.TIER_CHANGED);
        AUDITED.put("com.broadleafloyalty.vip.domain.VipOffer", AuditKind.VIP_OFFER_CHANGED);
    }

    /** The fields read before an update or delete, until its post hook on the same thread writes the row. */
    private final ThreadLocal<ChangedFields> before = new ThreadLocal<ChangedFields>();

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditTrail audit;

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier adminSecurity;

    @Override
    public PersistenceManagerEventHandlerResponse preUpdate(PersistenceManager manager, PersistencePackage request)
            throws ServiceException {
        before.set(kindOf(request) == null ? null : snapshot(manager, request.getEntity(), request));
        return super.preUpdate(manager, request);
    }

    @Override
    public PersistenceManagerEventHandlerResponse postUpdate(PersistenceManager manager, Entity entity,
            PersistencePackage request) throws ServiceException {
        ChangedFields old = before.get();
        before.remove();
        AuditKind kind = kindOf(request);
        if (kind != null && old != null) {
            ChangedFields now = snapshot(manager, request.getEntity(), request);
            ChangedFields changed = ChangedFields.changedIn(old, now);
            if (!changed.isEmpty()) {
                write(kind, request, idOf(request.getEntity()), old.only(changed), changed);
            }
        }
        return super.postUpdate(manager, entity, request);
    }

    @Override
    public PersistenceManagerEventHandlerResponse postAdd(PersistenceManager manager, Entity entity,
            PersistencePackage request) throws ServiceException {
        AuditKind kind = kindOf(request);
        if (kind != null && entity != null && idOf(entity) != null) {
            write(kind, request, idOf(entity), ChangedFields.none(), snapshot(manager, entity, request));
        }
        return super.postAdd(manager, entity, request);
    }

    @Override
    public PersistenceManagerEventHandlerResponse preRemove(PersistenceManager manager, PersistencePackage request)
            throws ServiceException {
        before.set(kindOf(request) == null ? null : snapshot(manager, request.getEntity(), request));
        return super.preRemove(manager, request);
    }

    @Override
    public PersistenceManagerEventHandlerResponse postRemove(PersistenceManager manager, PersistencePackage request)
            throws ServiceException {
        ChangedFields old = before.get();
        before.remove();
        AuditKind kind = kindOf(request);
        if (kind != null && old != null) {
            write(kind, request, idOf(request.getEntity()), old, ChangedFields.none().with("deleted", true));
        }
        return super.postRemove(manager, request);
    }

    private void write(AuditKind kind, PersistencePackage request, String id, ChangedFields old, ChangedFields now) {
        AuditedChange change = AuditedChange.of(kind, simpleName(request.getCeilingEntityFullyQualifiedClassname()), id);
        for (Map.Entry<String, String> field : old.asMap().entrySet()) {
            change.before(field.getKey(), field.getValue());
        }
        for (Map.Entry<String, String> field : now.asMap().entrySet()) {
            change.after(field.getKey(), field.getValue());
        }
        AdminUser adminUser = adminSecurity.getPersistentAdminUser();
        audit.record(adminUser == null ? null : adminUser.getLogin(), change);
    }

    /** Only main entities (not a collection's rows in a sub-package) of the audited types. */
    private static AuditKind kindOf(PersistencePackage request) {
        return request == null ? null : AUDITED.get(request.getCeilingEntityFullyQualifiedClassname());
    }

    private static ChangedFields snapshot(PersistenceManager manager, Entity entity, PersistencePackage request) {
        String id = idOf(entity);
        if (id == null || entity.getType() == null || entity.getType().length == 0) {
            return ChangedFields.none();
        }
        try {
            Class<?> type = Class.forName(entity.getType()[0]);
            Object stored = manager.getDynamicEntityDao().getStandardEntityManager().find(type, Long.valueOf(id));
            return stored == null ? ChangedFields.none() : EntityFields.of(stored);
        } catch (ClassNotFoundException | NumberFormatException e) {
            return ChangedFields.none();
        }
    }

    private static String idOf(Entity entity) {
        Property id = entity == null ? null : entity.findProperty("id");
        return id == null || id.getValue() == null || id.getValue().isEmpty() ? null : id.getValue();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
