package com.broadleafloyalty.vip.service;

import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.vip.core.VipOfferRefusedException;
import com.broadleafloyalty.vip.core.VipRuleRefusedException;
import com.broadleafloyalty.vip.domain.PersonalCode;
import com.broadleafloyalty.vip.domain.VipOffer;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * VIP offers: Broadleaf offers restricted to a minimum tier and/or a segment, and personal one-time codes.
 * Pricing and checkout ask it which offers and codes a customer may not use; the cart asks it to add a code.
 */
public interface VipOfferService {

    /**
     * Restricts the offer (or changes its restriction).
     *
     * @throws VipRuleRefusedException no such offer, neither tier nor segment, or an unknown tier
     */
    VipOffer restrict(Long offerId, String minTierName, String segmentName);

    /** Checks a rule as the admin form submits it; the problem (for the admin), or null when it is acceptable. */
    LoyaltyText ruleProblem(String minTierName, String segmentName);

    /** The offer's restriction, or null when the offer is public. */
    VipOffer findByOfferId(Long offerId);

    /** Makes the offer public again; false when it was not restricted. */
    boolean unrestrict(Long offerId);

    List<VipOffer> findAll();

    /** Ids of the offers among {@code offers} that this customer (null: a guest) may not use. */
    Set<Long> refusedOfferIds(Long customerId, Collection<Offer> offers);

    /** Why this customer may not use this code (its offer is VIP, or it is someone else's personal code), or null. */
    LoyaltyText refusalFor(Long customerId, OfferCode code);

    /** Why the order may not keep one of its codes or applied offers, or null when all are allowed. */
    LoyaltyText refusalFor(Order order);

    /**
     * Adds an offer code to the cart and reprices it.
     *
     * @throws VipOfferRefusedException unknown code, used up, not this customer's, or a VIP offer this customer may not use
     */
    Order addCode(Order cart, String code);

    /** The VIP offers this customer may use, with the code to enter (their personal one first). */
    List<VisibleVipOffer> visibleTo(Customer customer);

    /**
     * Creates one Broadleaf offer code (max uses 1) per customer currently in the segment who has none for this
     * offer yet. Safe to run again, or on two nodes at once: a customer never gets two codes for one offer.
     *
     * @throws VipRuleRefusedException no such offer, no segment name, or no segment feature installed
     */
    IssuedCodes issuePersonalCodes(Long offerId, String segmentName);

    List<PersonalCode> personalCodes(Long offerId);

    /**
     * The customer's personal code (max uses 1) for the offer, created now when they have none yet, in the caller's
     * transaction; {@code reason} is recorded with it (e.g. "win-back" or a campaign's name). Two nodes asking at
     * once: the unique owner key keeps it to one code, and the loser's transaction fails (retry reads the winner's).
     *
     * @throws VipRuleRefusedException no such offer
     */
    String personalCodeFor(Long offerId, Long customerId, String reason);
}
