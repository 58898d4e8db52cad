package com.broadleafloyalty.ledger.domain;

import com.broadleafloyalty.ledger.core.PointsEntryType;

import java.io.Serializable;
import java.util.Date;

/**
 * One line of a customer's points ledger. The ledger is append-only: a balance is the sum of a customer's entries.
 * {@code (sourceType, sourceId, entryType)} is unique, so the same source can never credit or debit twice.
 */
public interface PointsLedgerEntry extends Serializable {

    String SOURCE_ORDER = "ORDER";
    String SOURCE_REDEMPTION = "REDEMPTION";
    String SOURCE_CANCELLATION = "CANCELLATION";
    String SOURCE_RETURN = "RETURN";
    String SOURCE_BATCH = "BATCH";
    String SOURCE_ADMIN = "ADMIN";
    /** A reward catalog redemption (source id: its redemption's row). */
    String SOURCE_REWARD = "REWARD";
    String ACTOR_SYSTEM = "system";

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    PointsEntryType getEntryType();

    void setEntryType(PointsEntryType entryType);

    long getPoints();

    void setPoints(long points);

    String getSourceType();

    void setSourceType(String sourceType);

    Long getSourceId();

    void setSourceId(Long sourceId);

    String getReason();

    void setReason(String reason);

    /** The parameters of the rule that produced this entry, as they were when it was written. */
    String getRuleSnapshot();

    void setRuleSnapshot(String ruleSnapshot);

    /** The order this entry concerns, when there is one (earn, redeem, clawback, restore). */
    Long getOrderId();

    void setOrderId(Long orderId);

    /** Who caused the entry: an admin user's login, a customer, or "system". */
    String getActor();

    void setActor(String actor);

    /** The order's currency and the rate used to convert its amount to the base currency. */
    String getCurrencyCode();

    void setCurrencyCode(String currencyCode);

    java.math.BigDecimal getConversionRate();

    void setConversionRate(java.math.BigDecimal conversionRate);

    /** Machine-readable detail of an award (the weighted lines) for later proportional clawbacks. */
    String getAwardDetail();

    void setAwardDetail(String awardDetail);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);
}
