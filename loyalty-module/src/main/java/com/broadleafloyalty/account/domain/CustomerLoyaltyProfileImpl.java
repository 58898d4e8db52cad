package com.broadleafloyalty.account.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Calendar;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "LOY_CUSTOMER_PROFILE", uniqueConstraints = {
    @UniqueConstraint(name = "LOY_PROFILE_CUSTOMER_UK", columnNames = {"CUSTOMER_ID"}),
    @UniqueConstraint(name = "LOY_PROFILE_REFERRAL_CODE_UK", columnNames = {"REFERRAL_CODE"})
})
@AdminPresentationClass(friendlyName = "CustomerLoyaltyProfileImpl_baseCustomerLoyaltyProfile")
public class CustomerLoyaltyProfileImpl implements CustomerLoyaltyProfile {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CustomerLoyaltyProfileId")
    @GenericGenerator(name = "CustomerLoyaltyProfileId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "CustomerLoyaltyProfileImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.account.domain.CustomerLoyaltyProfileImpl")
            })
    @Column(name = "PROFILE_ID")
    @AdminPresentation(friendlyName = "CustomerLoyaltyProfileImpl_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "CustomerLoyaltyProfileImpl_Customer", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long customerId;

    @Column(name = "REFERRAL_CODE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "CustomerLoyaltyProfileImpl_Referral_Code", order = 1000, prominent = true, readOnly = true)
    protected String referralCode;

    @Temporal(TemporalType.DATE)
    @Column(name = "BIRTH_DATE")
    @AdminPresentation(friendlyName = "CustomerLoyaltyProfileImpl_Birth_Date", order = 2000)
    protected Date birthDate;

    @Column(name = "BIRTH_MONTH")
    @Index(name = "LOY_PROFILE_BIRTH_MONTH_IDX", columnNames = {"BIRTH_MONTH"})
    protected Integer birthMonth;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REGISTERED_AT", nullable = false)
    @AdminPresentation(friendlyName = "CustomerLoyaltyProfileImpl_Registered", order = 3000, readOnly = true)
    protected Date registeredAt;

    @Column(name = "REGISTERED_MONTH", nullable = false)
    @Index(name = "LOY_PROFILE_REG_MONTH_IDX", columnNames = {"REGISTERED_MONTH"})
    protected Integer registeredMonth;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NEWSLETTER_SINCE")
    @AdminPresentation(friendlyName = "CustomerLoyaltyProfileImpl_Newsletter_Since", order = 4000, readOnly = true)
    protected Date newsletterSubscribedSince;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NEWSLETTER_UNSUBSCRIBED_AT")
    @AdminPresentation(friendlyName = "CustomerLoyaltyProfileImpl_Newsletter_Unsubscribed", order = 5000, readOnly = true)
    protected Date newsletterUnsubscribedAt;

    @Column(name = "LAST_BIRTHDAY_BONUS_YEAR")
    protected Integer lastBirthdayBonusYear;

    @Column(name = "LAST_ANNIVERSARY_BONUS_YEAR")
    protected Integer lastAnniversaryBonusYear;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    @Override
    public String getReferralCode() {
        return referralCode;
    }

    @Override
    public void setReferralCode(String referralCode) {
        this.referralCode = referralCode;
    }

    @Override
    public Date getBirthDate() {
        return birthDate;
    }

    @Override
    public void setBirthDate(Date birthDate) {
        this.birthDate = birthDate;
        this.birthMonth = month(birthDate);
    }

    @Override
    public Integer getBirthMonth() {
        return birthMonth;
    }

    @Override
    public Date getRegisteredAt() {
        return registeredAt;
    }

    @Override
    public void setRegisteredAt(Date registeredAt) {
        this.registeredAt = registeredAt;
        this.registeredMonth = month(registeredAt);
    }

    @Override
    public Integer getRegisteredMonth() {
        return registeredMonth;
    }

    @Override
    public Date getNewsletterSubscribedSince() {
        return newsletterSubscribedSince;
    }

    @Override
    public void setNewsletterSubscribedSince(Date since) {
        this.newsletterSubscribedSince = since;
    }

    @Override
    public Date getNewsletterUnsubscribedAt() {
        return newsletterUnsubscribedAt;
    }

    @Override
    public void setNewsletterUnsubscribedAt(Date at) {
        this.newsletterUnsubscribedAt = at;
    }

    @Override
    public Integer getLastBirthdayBonusYear() {
        return lastBirthdayBonusYear;
    }

    @Override
    public void setLastBirthdayBonusYear(Integer year) {
        this.lastBirthdayBonusYear = year;
    }

    @Override
    public Integer getLastAnniversaryBonusYear() {
        return lastAnniversaryBonusYear;
    }

    @Override
    public void setLastAnniversaryBonusYear(Integer year) {
        this.lastAnniversaryBonusYear = year;
    }

    @Override
    public Date getCreatedDate() {
        return createdDate;
    }

    @Override
    public void setCreatedDate(Date createdDate) {
        this.createdDate = createdDate;
    }

    /** 1-12 in the JVM's time zone, as the jobs compare it with today's month. */
    private static Integer month(Date date) {
        if (date == null) {
            return null;
        }
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(date);
        return calendar.get(Calendar.MONTH) + 1;
    }
}
