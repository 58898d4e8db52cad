package com.broadleafloyalty.api.web;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.tier.service.TierStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The JSON documents of the API, built from the slices' doors as plain maps (the OpenAPI description names their
 * fields). Instants are ISO-8601 in UTC.
 */
@Component("blLoyaltyApiDocuments")
public class AccountDocuments {

    static final int MAX_PAGE_SIZE = 100;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService points;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    public Map<String, Object> account(Customer customer) {
        AccountPosition position = ledger.position(customer.getId(), 0);
        Map<String, Object> account = new LinkedHashMap<String, Object>();
        account.put("customerId", customer.getId());
        account.put("balance", points.getBalance(customer.getId()));
        account.put("available", position.getAvailable());
        account.put("pending", position.getPending());
        account.put("expiringSoon", position.getExpiringSoon());
        account.put("nextExpiry", position.getNextExpiry() == null ? null : position.getNextExpiry().toString());
        account.put("tier", tier(tiers.status(customer.getId())));
        account.put("referralCode", accounts.overview(customer).getReferralCode());
        return account;
    }

    private Map<String, Object> tier(TierStatus status) {
        if (status == null || !status.isInTier()) {
            return null;
        }
        Map<String, Object> tier = new LinkedHashMap<String, Object>();
        tier.put("name", status.getTierName());
        tier.put("multiplier", status.getMultiplier());
        tier.put("perks", status.getPerks());
        tier.put("nextTier", status.getNextTierName());
        tier.put("percentToNext", status.getPercentToNext());
        // The sentence in the caller's language (Accept-Language), as My loyalty shows it.
        tier.put("progress", messages.text(status.getProgressText()));
        return tier;
    }

    /** One page of the ledger, newest first; {@code page} from 0, {@code size} 1 to {@value #MAX_PAGE_SIZE}. */
    public Map<String, Object> ledgerPage(Long customerId, String pageInput, String sizeInput) {
        int page = whole(pageInput, 0, "page", 0, Integer.MAX_VALUE);
        int size = whole(sizeInput, 20, "size", 1, MAX_PAGE_SIZE);
        List<PointsLedgerEntry> all = points.getLedger(customerId);
        List<Map<String, Object>> entries = new ArrayList<Map<String, Object>>();
        long from = (long) page * size;
        for (long i = from; i < Math.min(all.size(), from + size); i++) {
            entries.add(entry(all.get((int) i)));
        }
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("page", page);
        document.put("size", size);
        document.put("totalEntries", all.size());
        document.put("entries", entries);
        return document;
    }

    public static Map<String, Object> entry(PointsLedgerEntry entry) {
        Map<String, Object> row = new LinkedHashMap<String, Object>();
        row.put("id", entry.getId());
        row.put("type", entry.getEntryType().name());
        row.put("points", entry.getPoints());
        row.put("reason", entry.getReason());
        row.put("orderId", entry.getOrderId());
        row.put("createdAt", instant(entry.getCreatedDate()));
        return row;
    }

    public static Map<String, Object> reward(RewardItem item, Long available) {
        Map<String, Object> row = new LinkedHashMap<String, Object>();
        row.put("id", item.getId());
        row.put("name", item.getName());
        row.put("description", item.getDescription());
        row.put("pointsCost", item.getPointsCost());
        row.put("type", item.getRewardType() == null ? null : item.getRewardType().getType());
        row.put("value", item.getRewardValue());
        row.put("stock", item.getStock());
        row.put("productId", item.getProduct() == null ? null : item.getProduct().getId());
        row.put("active", item.isActive());
        if (available != null) {
            row.put("affordable", item.getPointsCost() <= available);
        }
        return row;
    }

    public static Map<String, Object> tier(TierDefinition definition) {
        Map<String, Object> row = new LinkedHashMap<String, Object>();
        row.put("id", definition.getId());
        row.put("name", definition.getName());
        row.put("pointsThreshold", definition.getPointsThreshold());
        row.put("spendThreshold", definition.getSpendThreshold());
        row.put("multiplier", definition.getMultiplier());
        row.put("perks", definition.getPerks());
        return row;
    }

    static String instant(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    static int whole(String input, int absent, String name, int min, int max) {
        if (input == null || input.trim().isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(input.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below with the range
        }
        throw ApiRefusal.badRequest("loyalty.api.wholeNumber", name, min, max);
    }
}
