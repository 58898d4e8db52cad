package com.broadleafloyalty.segment.domain;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = SegmentCutPointsImpl.TABLE)
public class SegmentCutPointsImpl implements SegmentCutPoints {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "LOY_SEGMENT_CUT_POINTS";

    /** Always {@link #SINGLE_ROW_ID}: assigned, not generated, so two nodes can never create two rows. */
    @Id
    @Column(name = "CUT_POINTS_ID")
    protected Long id;

    @Column(name = "CUSTOMERS", nullable = false)
    protected Integer customers;

    @Column(name = "R_CUT_1")
    protected Long recencyCut1;

    @Column(name = "R_CUT_2")
    protected Long recencyCut2;

    @Column(name = "R_CUT_3")
    protected Long recencyCut3;

    @Column(name = "R_CUT_4")
    protected Long recencyCut4;

    @Column(name = "F_CUT_1")
    protected Long frequencyCut1;

    @Column(name = "F_CUT_2")
    protected Long frequencyCut2;

    @Column(name = "F_CUT_3")
    protected Long frequencyCut3;

    @Column(name = "F_CUT_4")
    protected Long frequencyCut4;

    @Column(name = "M_CUT_1", precision = 19, scale = 5)
    protected BigDecimal monetaryCut1;

    @Column(name = "M_CUT_2", precision = 19, scale = 5)
    protected BigDecimal monetaryCut2;

    @Column(name = "M_CUT_3", precision = 19, scale = 5)
    protected BigDecimal monetaryCut3;

    @Column(name = "M_CUT_4", precision = 19, scale = 5)
    protected BigDecimal monetaryCut4;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "COMPUTED_AT")
    protected Date computedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RUN_STARTED_AT")
    protected Date runStartedAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Integer getCustomers() {
        return customers;
    }

    @Override
    public void setCustomers(Integer customers) {
        this.customers = customers;
    }

    @Override
    public Long getRecencyCut1() {
        return recencyCut1;
    }

    @Override
    public void setRecencyCut1(Long recencyCut1) {
        this.recencyCut1 = recencyCut1;
    }

    @Override
    public Long getRecencyCut2() {
        return recencyCut2;
    }

    @Override
    public void setRecencyCut2(Long recencyCut2) {
        this.recencyCut2 = recencyCut2;
    }

    @Override
    public Long getRecencyCut3() {
        return recencyCut3;
    }

    @Override
    public void setRecencyCut3(Long recencyCut3) {
        this.recencyCut3 = recencyCut3;
    }

    @Override
    public Long getRecencyCut4() {
        return recencyCut4;
    }

    @Override
    public void setRecencyCut4(Long recencyCut4) {
        this.recencyCut4 = recencyCut4;
    }

    @Override
    public Long getFrequencyCut1() {
        return frequencyCut1;
    }

    @Override
    public void setFrequencyCut1(Long frequencyCut1) {
        this.frequencyCut1 = frequencyCut1;
    }

    @Override
    public Long getFrequencyCut2() {
        return frequencyCut2;
    }

    @Override
    public void setFrequencyCut2(Long frequencyCut2) {
        this.frequencyCut2 = frequencyCut2;
    }

    @Override
    public Long getFrequencyCut3() {
        return frequencyCut3;
    }

    @Override
    public void setFrequencyCut3(Long frequencyCut3) {
        this.frequencyCut3 = frequencyCut3;
    }

    @Override
    public Long getFrequencyCut4() {
        return frequencyCut4;
    }

    @Override
    public void setFrequencyCut4(Long frequencyCut4) {
        this.frequencyCut4 = frequencyCut4;
    }

    @Override
    public BigDecimal getMonetaryCut1() {
        return monetaryCut1;
    }

    @Override
    public void setMonetaryCut1(BigDecimal monetaryCut1) {
        this.monetaryCut1 = monetaryCut1;
    }

    @Override
    public BigDecimal getMonetaryCut2() {
        return monetaryCut2;
    }

    @Override
    public void setMonetaryCut2(BigDecimal monetaryCut2) {
        this.monetaryCut2 = monetaryCut2;
    }

    @Override
    public BigDecimal getMonetaryCut3() {
        return monetaryCut3;
    }

    @Override
    public void setMonetaryCut3(BigDecimal monetaryCut3) {
        this.monetaryCut3 = monetaryCut3;
    }

    @Override
    public BigDecimal getMonetaryCut4() {
        return monetaryCut4;
    }

    @Override
    public void setMonetaryCut4(BigDecimal monetaryCut4) {
        this.monetaryCut4 = monetaryCut4;
    }

    @Override
    public Date getComputedAt() {
        return computedAt;
    }

    @Override
    public void setComputedAt(Date computedAt) {
        this.computedAt = computedAt;
    }

    @Override
    public Date getRunStartedAt() {
        return runStartedAt;
    }

    @Override
    public void setRunStartedAt(Date runStartedAt) {
        this.runStartedAt = runStartedAt;
    }
}
