package com.broadleafloyalty.campaign.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.core.LoyaltyText;

/** A campaign action the rules refuse; nothing was changed. The reason is a sentence key for the admin's language. */
public class CampaignRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public CampaignRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public CampaignRefusedException(LoyaltyText text) {
        super(text);
    }
}
