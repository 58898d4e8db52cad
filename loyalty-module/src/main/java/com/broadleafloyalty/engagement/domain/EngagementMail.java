package com.broadleafloyalty.engagement.domain;

import java.io.Serializable;
import java.util.Date;

/** One email sent to one customer for one trigger; its tracking links point at it. */
public interface EngagementMail extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    String getCategory();

    void setCategory(String category);

    /** Unique across the database: the same trigger never mails twice, whichever node runs it. */
    String getTriggerKey();

    void setTriggerKey(String triggerKey);

    Date getSentAt();

    void setSentAt(Date sentAt);

    Date getOpenedAt();

    void setOpenedAt(Date openedAt);

    Date getClickedAt();

    void setClickedAt(Date clickedAt);

    int getOpens();

    void setOpens(int opens);

    int getClicks();

    void setClicks(int clicks);
}
