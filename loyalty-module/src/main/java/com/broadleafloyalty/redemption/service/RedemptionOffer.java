package com.broadleafloyalty.redemption.service;

import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The Broadleaf offer every points discount refers to (an order adjustment needs an offer). It is never applied by
 * Broadleaf's offer engine: not automatic, no codes; only the loyalty pricing activity attaches it, with the value
 * of the redeemed points. Found by name, created on first use.
 */
public class RedemptionOffer {

    public static final String NAME = "Loyalty points redemption";

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private volatile Long offerId;

    @Transactional("blTransactionManager")
    public Offer get() {
        Long id = offerId;
        if (id != null) {
            Offer offer = offerDao.readOfferById(id);
            if (offer != null) {
                return offer;
            }
        }
        List<Offer> found = em.createQuery("SELECT o FROM org.broadleafcommerce.core.offer.domain.Offer o"
                + " WHERE o.name = :name ORDER BY o.id", Offer.class).setParameter("name", name()).getResultList();
        Offer offer = found.isEmpty() ? create() : found.get(0);
        offerId = offer.getId();
        return offer;
    }

    /** The offer's name, by which it is found and told apart from Broadleaf's own offers. */
    protected String name() {
        return NAME;
    }

    protected String description() {
        return "Discount paid with loyalty points";
    }

    private Offer create() {
        Offer offer = offerDao.create();
        offer.setName(name());
        offer.setDescription(description());
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
