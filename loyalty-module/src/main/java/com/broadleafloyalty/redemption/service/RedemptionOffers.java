package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.core.RedemptionKind;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The Broadleaf offers the redemption adjustments refer to (an order adjustment needs an offer), one per kind. They
 * are never applied by Broadleaf's offer engine: not automatic, no codes; only the loyalty pricing step attaches them.
 * Found by name, created on first use. One offer per kind, so an order's adjustments tell, without a query, what it
 * carries: points pay only the merchandise left after every other discount, rewards included.
 */
public class RedemptionOffers {

    /** The offer of points paid as a discount: one adjustment with the value of the points. */
    public static final String POINTS_NAME = "Loyalty points redemption";
    /** The offer of rewards: one adjustment per reward (0.00 for free shipping and free products). */
    public static final String REWARD_NAME = "Loyalty reward";
    /** Reason of the reward adjustment that stands for free shipping. */
    public static final String FREE_SHIPPING_REASON = "Free shipping (loyalty reward)";

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final Map<RedemptionKind, Long> offerIds = new ConcurrentHashMap<RedemptionKind, Long>();

    @Transactional("blTransactionManager")
    public Offer offerFor(RedemptionKind kind) {
        Long id = offerIds.get(kind);
        if (id != null) {
            Offer offer = offerDao.readOfferById(id);
            if (offer != null) {
                return offer;
            }
        }
        List<Offer> found = em.createQuery("SELECT o FROM org.broadleafcommerce.core.offer.domain.Offer o"
                + " WHERE o.name = :name ORDER BY o.id", Offer.class).setParameter("name", nameOf(kind))
                .getResultList();
        Offer offer = found.isEmpty() ? create(kind) : found.get(0);
        offerIds.put(kind, offer.getId());
        return offer;
    }

    /** The kind of redemption the adjustment prices in, or null for any other adjustment. */
    public static RedemptionKind kindOf(OrderAdjustment adjustment) {
        String name = adjustment.getOffer() == null ? null : adjustment.getOffer().getName();
        if (POINTS_NAME.equals(name)) {
            return RedemptionKind.POINTS;
        }
        return REWARD_NAME.equals(name) ? RedemptionKind.REWARD : null;
    }

    public static boolean isFreeShipping(OrderAdjustment adjustment) {
        return kindOf(adjustment) == RedemptionKind.REWARD && FREE_SHIPPING_REASON.equals(adjustment.getReason());
    }

    private static String nameOf(RedemptionKind kind) {
        return kind == RedemptionKind.POINTS ? POINTS_NAME : REWARD_NAME;
    }

    private Offer create(RedemptionKind kind) {
        Offer offer = offerDao.create();
        offer.setName(nameOf(kind));
        offer.setDescription(kind == RedemptionKind.POINTS ? "Discount paid with loyalty points"
                : "Reward catalog item redeemed with loyalty points");
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(BigDecimal.ZERO);
        offer.setStartDate(SystemTime.asDate());
        offer.setAutomaticallyAdded(false);
        offer.setCombinableWithOtherOffers(true);
        offer.setStackable(true);
        offer.setMaxUsesPerCustomer(0L);
        return offerDao.save(offer);
    }
}
