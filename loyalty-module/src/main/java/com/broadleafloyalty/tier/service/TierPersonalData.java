package com.broadleafloyalty.tier.service;

import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.domain.TierChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The customer's tier and tier history. Nothing to erase: a tier is derived from the ledger and the orders, and the
 * history's reasons are written by the module, not by people.
 */
public class TierPersonalData implements PersonalData {

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    @Override
    public String section() {
        return "tier";
    }

    @Override
    public Object export(Long customerId) {
        Map<String, Object> tier = new LinkedHashMap<String, Object>();
        TierDefinition current = tiers.currentTier(customerId);
        tier.put("current", current == null ? null : current.getName());
        List<Map<String, Object>> history = new ArrayList<Map<String, Object>>();
        for (TierChange change : tiers.history(customerId)) {
            history.add(PersonalRecords.record("from", change.getFromTier(), "to", change.getToTier(),
                    "reason", change.getReason(), "date", change.getChangeDate()));
        }
        tier.put("history", history);
        return tier;
    }

    @Override
    public long erase(Long customerId) {
        return 0;
    }
}
