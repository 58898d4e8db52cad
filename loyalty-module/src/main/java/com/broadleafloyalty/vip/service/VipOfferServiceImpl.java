package com.broadleafloyalty.vip.service;

import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.tier.service.TierNames;
import com.broadleafloyalty.vip.core.PersonalCodeText;
import com.broadleafloyalty.vip.core.VipOfferRefusedException;
import com.broadleafloyalty.vip.core.VipRestriction;
import com.broadleafloyalty.vip.core.VipRuleRefusedException;
import com.broadleafloyalty.vip.dao.PersonalCodeDao;
import com.broadleafloyalty.vip.dao.VipOfferDao;
import com.broadleafloyalty.vip.domain.PersonalCode;
import com.broadleafloyalty.vip.domain.VipOffer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferAuditService;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.PersistenceException;

public class VipOfferServiceImpl implements VipOfferService {

    private static final Log LOG = LogFactory.getLog(VipOfferServiceImpl.class);

    @Resource(name = "blLoyaltyVipOfferDao")
    protected VipOfferDao vipOfferDao;

    @Resource(name = "blLoyaltyPersonalCodeDao")
    protected PersonalCodeDao personalCodeDao;

    @Resource(name = "blLoyaltyVipAudience")
    protected VipAudience audience;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "blOfferCodeDao")
    protected OfferCodeDao offerCodeDao;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blOfferAuditService")
    protected OfferAuditService offerAuditService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Autowired(required = false)
    protected TierNames tierNames;

    /** Fallback list of tier names ({@code loyalty.vip.tier.names}); blank: not known. */
    protected String configuredTierNames = "";

    protected String codePrefix = "VIP-";

    private final PersonalCodeText codeText = new PersonalCodeText();

    @Override
    @Transactional("blTransactionManager")
    public VipOffer restrict(Long offerId, String minTierName, String segmentName) {
        Offer offer = offerId == null ? null : offerDao.readOfferById(offerId);
        LoyaltyText problem = offer == null ? LoyaltyText.of("loyalty.vip.rule.offerMissing")
                : ruleProblem(minTierName, segmentName);
        if (problem != null) {
            throw new VipRuleRefusedException(problem.getKey(), problem.getArguments());
        }
        VipRestriction rule = VipRestriction.of(minTierName, segmentName);
        VipOffer vip = vipOfferDao.readByOfferId(offerId);
        if (vip == null) {
            vip = vipOfferDao.create();
            vip.setOffer(offer);
        }
        vip.setMinTierName(rule.getMinTier());
        vip.setSegmentName(rule.getSegment());
        return vipOfferDao.save(vip);
    }

    @Override
    public LoyaltyText ruleProblem(String minTierName, String segmentName) {
        VipRestriction rule;
        try {
            rule = VipRestriction.of(minTierName, segmentName);
        } catch (VipRuleRefusedException e) {
            return e.getText();
        }
        if (rule.getMinTier() != null) {
            Set<String> known = knownTierNames();
            if (known == null) {
                LOG.warn("Tier names are not known (no TierNames bean, loyalty.vip.tier.names empty): accepting tier \""
                        + rule.getMinTier() + "\" unchecked");
            } else if (!known.contains(rule.getMinTier())) {
                return LoyaltyText.of("loyalty.vip.rule.unknownTier", rule.getMinTier(), String.join(", ", known));
            }
        }
        return null;
    }

    /** The tier names that exist, or null when nothing says. */
    protected Set<String> knownTierNames() {
        if (tierNames != null) {
            return new LinkedHashSet<String>(tierNames.tierNames());
        }
        if (configuredTierNames != null && !configuredTierNames.trim().isEmpty()) {
            Set<String> names = new LinkedHashSet<String>();
            for (String name : configuredTierNames.split(",")) {
                if (!name.trim().isEmpty()) {
                    names.add(name.trim());
                }
            }
            return names;
        }
        return null;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public VipOffer findByOfferId(Long offerId) {
        return offerId == null ? null : vipOfferDao.readByOfferId(offerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean unrestrict(Long offerId) {
        VipOffer vip = vipOfferDao.readByOfferId(offerId);
        if (vip == null) {
            return false;
        }
        vipOfferDao.delete(vip);
        return true;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<VipOffer> findAll() {
        return vipOfferDao.readAll();
    }

    @Override
    public Set<Long> refusedOfferIds(Long customerId, Collection<Offer> offers) {
        if (offers == null || offers.isEmpty()) {
            return Collections.emptySet();
        }
        Set<Long> ids = new HashSet<Long>();
        for (Offer offer : offers) {
            if (offer != null && offer.getId() != null) {
                ids.add(offer.getId());
            }
        }
        Map<Long, VipOffer> restricted = vipOfferDao.readByOfferIds(ids);
        if (restricted.isEmpty()) {
            return Collections.emptySet();
        }
        VipRestriction.Audience customer = audience.of(customerId);
        Set<Long> refused = new HashSet<Long>();
        for (Map.Entry<Long, VipOffer> entry : restricted.entrySet()) {
            if (!restrictionOf(entry.getValue()).admits(customer)) {
                refused.add(entry.getKey());
            }
        }
        return refused;
    }

    @Override
    public LoyaltyText refusalFor(Long customerId, OfferCode code) {
        PersonalCode personal = personalCodeDao.readByOfferCodeIds(Collections.singleton(code.getId())).get(code.getId());
        if (personal != null && !personal.getCustomerId().equals(customerId)) {
            return LoyaltyText.of("loyalty.vip.code.someoneElses", code.getOfferCode());
        }
        Offer offer = code.getOffer();
        if (!refusedOfferIds(customerId, Collections.singleton(offer)).isEmpty()) {
            return notForYou(offer);
        }
        return null;
    }

    @Override
    public LoyaltyText refusalFor(Order order) {
        Long customerId = customerIdOf(order);
        for (OfferCode code : new ArrayList<OfferCode>(order.getAddedOfferCodes())) {
            LoyaltyText refusal = refusalFor(customerId, code);
            if (refusal != null) {
                return refusal;
            }
        }
        Set<Offer> applied = offerService.getUniqueOffersFromOrder(order);
        Set<Long> refused = refusedOfferIds(customerId, applied);
        for (Offer offer : applied) {
            if (refused.contains(offer.getId())) {
                return notForYou(offer);
            }
        }
        return null;
    }

    @Override
    public Order addCode(Order cart, String code) {
        String text = code == null ? "" : code.trim();
        if (text.isEmpty()) {
            throw new VipOfferRefusedException("loyalty.vip.code.missing");
        }
        OfferCode offerCode = offerService.lookupOfferCodeByCode(text);
        if (offerCode == null || !offerCode.isActive() || offerCode.getOffer() == null || !offerCode.getOffer().isActive()) {
            throw new VipOfferRefusedException("loyalty.vip.code.unknown", text);
        }
        if (cart.getAddedOfferCodes().contains(offerCode)) {
            throw new VipOfferRefusedException("loyalty.vip.code.alreadyInCart", text);
        }
        LoyaltyText refusal = refusalFor(customerIdOf(cart), offerCode);
        if (refusal != null) {
            throw new VipOfferRefusedException(refusal.getKey(), refusal.getArguments());
        }
        try {
            return orderService.addOfferCode(cart, offerCode, true);
        } catch (OfferMaxUseExceededException e) {
            throw new VipOfferRefusedException("loyalty.vip.code.used", text);
        } catch (PricingException e) {
            throw new IllegalStateException("The cart could not be repriced with code " + text, e);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<VisibleVipOffer> visibleTo(Customer customer) {
        List<VisibleVipOffer> visible = new ArrayList<VisibleVipOffer>();
        if (customer == null || customer.getId() == null || !customer.isRegistered()) {
            return visible;
        }
        VipRestriction.Audience audienceOfCustomer = audience.of(customer.getId());
        for (VipOffer vip : vipOfferDao.readAll()) {
            Offer offer = vip.getOffer();
            if (!offer.isActive() || !restrictionOf(vip).admits(audienceOfCustomer)) {
                continue;
            }
            String code = null;
            boolean personal = false;
            PersonalCode own = personalCodeDao.readByOfferAndCustomer(offer.getId(), customer.getId());
            if (own != null && unused(own.getOfferCodeId())) {
                code = own.getCode();
                personal = true;
            } else {
                code = sharedCodeOf(offer);
            }
            String description = offer.getMarketingMessage() != null ? offer.getMarketingMessage() : offer.getDescription();
            visible.add(new VisibleVipOffer(offer.getId(), offer.getName(), description, code, personal));
        }
        return visible;
    }

    private boolean unused(Long offerCodeId) {
        OfferCode code = offerCodeDao.readOfferCodeById(offerCodeId);
        return code != null && code.isActive()
                && (!code.isLimitedUse() || offerAuditService.countOfferCodeUses(code.getId()) < code.getMaxUses());
    }

    /** An active code of the offer that is nobody's personal code, or null (the offer applies without a code). */
    private String sharedCodeOf(Offer offer) {
        for (OfferCode code : personalCodeDao.readSharedCodes(offer.getId())) {
            if (code.isActive()) {
                return code.getOfferCode();
            }
        }
        return null;
    }

    @Override
    public IssuedCodes issuePersonalCodes(final Long offerId, final String segmentName) {
        if (segmentName == null || segmentName.trim().isEmpty()) {
            throw new VipRuleRefusedException("loyalty.vip.issue.segmentMissing");
        }
        if (!audience.hasSegments()) {
            throw new VipRuleRefusedException("loyalty.vip.issue.noSegments");
        }
        final Offer offer = offerId == null ? null : offerDao.readOfferById(offerId);
        if (offer == null) {
            throw new VipRuleRefusedException("loyalty.vip.issue.unknownOffer", String.valueOf(offerId));
        }
        TransactionTemplate perCustomer = new TransactionTemplate(transactionManager);
        int issued = 0;
        int alreadyHad = 0;
        for (final Long customerId : new LinkedHashSet<Long>(audience.customersIn(segmentName.trim()))) {
            Boolean created;
            try {
                created = perCustomer.execute(new TransactionCallback<Boolean>() {
                    @Override
                    public Boolean doInTransaction(TransactionStatus status) {
                        return issueOne(offerId, customerId, segmentName.trim());
                    }
                });
            } catch (DataIntegrityViolationException | PersistenceException e) {
                // Another node issued this customer's code at the same moment: the unique owner key kept it to one.
                created = Boolean.FALSE;
            }
            if (Boolean.TRUE.equals(created)) {
                issued++;
            } else {
                alreadyHad++;
            }
        }
        LOG.info("Personal codes for offer " + offerId + " to segment " + segmentName + ": " + issued + " issued, "
                + alreadyHad + " already had one");
        return new IssuedCodes(issued, alreadyHad);
    }

    @Override
    @Transactional("blTransactionManager")
    public String personalCodeFor(Long offerId, Long customerId, String reason) {
        if (offerId == null || offerDao.readOfferById(offerId) == null) {
            throw new VipRuleRefusedException("loyalty.vip.issue.unknownOffer", String.valueOf(offerId));
        }
        issueOne(offerId, customerId, reason);
        return personalCodeDao.readByOfferAndCustomer(offerId, customerId).getCode();
    }

    /** One customer's code, in the caller's transaction; false when the customer already has one. */
    protected boolean issueOne(Long offerId, Long customerId, String segmentName) {
        if (personalCodeDao.readByOfferAndCustomer(offerId, customerId) != null) {
            return false;
        }
        String text = codeText.next(codePrefix);
        while (offerCodeDao.readOfferCodeByCode(text) != null) {
            text = codeText.next(codePrefix);
        }
        OfferCode code = offerCodeDao.create();
        code.setOffer(offerDao.readOfferById(offerId));
        code.setOfferCode(text);
        code.setMaxUses(1);
        code = offerCodeDao.save(code);
        PersonalCode personal = personalCodeDao.create();
        personal.setOfferCodeId(code.getId());
        personal.setOfferId(offerId);
        personal.setCustomerId(customerId);
        personal.setCode(text);
        personal.setIssuedToSegment(segmentName);
        personal.setCreatedDate(new Date());
        personalCodeDao.insert(personal);
        return true;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<PersonalCode> personalCodes(Long offerId) {
        return personalCodeDao.readByOffer(offerId);
    }

    protected static VipRestriction restrictionOf(VipOffer vip) {
        return VipRestriction.of(vip.getMinTierName(), vip.getSegmentName());
    }

    private static Long customerIdOf(Order order) {
        Customer customer = order.getCustomer();
        return customer == null || !customer.isRegistered() ? null : customer.getId();
    }

    private static LoyaltyText notForYou(Offer offer) {
        return LoyaltyText.of("loyalty.vip.offer.reserved", offer.getName());
    }

    public TierNames getTierNames() {
        return tierNames;
    }

    public void setTierNames(TierNames tierNames) {
        this.tierNames = tierNames;
    }

    public void setConfiguredTierNames(String configuredTierNames) {
        this.configuredTierNames = configuredTierNames;
    }

    public void setCodePrefix(String codePrefix) {
        this.codePrefix = codePrefix;
    }
}
