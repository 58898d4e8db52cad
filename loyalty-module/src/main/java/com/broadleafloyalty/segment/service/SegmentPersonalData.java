package com.broadleafloyalty.segment.service;

import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import javax.annotation.Resource;

/**
 * The customer's RFM scores, segment and lifecycle phase. Nothing is stored per customer (they are computed from the
 * orders on demand): an erasure has nothing to remove here.
 */
public class SegmentPersonalData implements PersonalData {

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected CustomerSegmentService segments;

    @Override
    public String section() {
        return "segment";
    }

    @Override
    public Object export(Long customerId) {
        CustomerSegmentView view = segments.viewOf(customerId);
        if (view == null || !view.isScored()) {
            return PersonalRecords.record("scored", false);
        }
        return PersonalRecords.record("scored", true, "segment", view.getSegmentCode(),
                "lifecyclePhase", view.getLifecyclePhaseCode(), "recency", view.getRecencyScore(),
                "frequency", view.getFrequencyScore(), "monetary", view.getMonetaryScore(),
                "orderCount", view.getOrderCount(), "monetaryValue", view.getMonetary(),
                "firstOrderDate", view.getFirstOrderDate(), "lastOrderDate", view.getLastOrderDate());
    }

    @Override
    public long erase(Long customerId) {
        return 0;
    }
}
