package com.broadleafloyalty.segment.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * The quintile cut points of the last full RFM run (one row, id {@link #SINGLE_ROW_ID}): recency cuts are epoch days
 * (UTC) of the last order, frequency cuts order counts, monetary cuts amounts. Null cuts: no run has scored anyone.
 * The row also serializes full runs across shop nodes (a run starts by updating it).
 */
public interface SegmentCutPoints extends Serializable {

    long SINGLE_ROW_ID = 1L;

    Long getId();

    void setId(Long id);

    Integer getCustomers();

    void setCustomers(Integer customers);

    Long getRecencyCut1();

    void setRecencyCut1(Long recencyCut1);

    Long getRecencyCut2();

    void setRecencyCut2(Long recencyCut2);

    Long getRecencyCut3();

    void setRecencyCut3(Long recencyCut3);

    Long getRecencyCut4();

    void setRecencyCut4(Long recencyCut4);

    Long getFrequencyCut1();

    void setFrequencyCut1(Long frequencyCut1);

    Long getFrequencyCut2();

    void setFrequencyCut2(Long frequencyCut2);

    Long getFrequencyCut3();

    void setFrequencyCut3(Long frequencyCut3);

    Long getFrequencyCut4();

    void setFrequencyCut4(Long frequencyCut4);

    BigDecimal getMonetaryCut1();

    void setMonetaryCut1(BigDecimal monetaryCut1);

    BigDecimal getMonetaryCut2();

    void setMonetaryCut2(BigDecimal monetaryCut2);

    BigDecimal getMonetaryCut3();

    void setMonetaryCut3(BigDecimal monetaryCut3);

    BigDecimal getMonetaryCut4();

    void setMonetaryCut4(BigDecimal monetaryCut4);

    Date getComputedAt();

    void setComputedAt(Date computedAt);

    Date getRunStartedAt();

    void setRunStartedAt(Date runStartedAt);
}
