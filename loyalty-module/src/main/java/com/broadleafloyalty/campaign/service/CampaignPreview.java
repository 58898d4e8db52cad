package com.broadleafloyalty.campaign.service;

/** A campaign's email rendered for one real customer: subject and HTML in their language, placeholders filled. */
public final class CampaignPreview {

    private final Long customerId;
    private final String language;
    private final String subject;
    private final String html;
    private final boolean inAudience;

    public CampaignPreview(Long customerId, String language, String subject, String html, boolean inAudience) {
        this.customerId = customerId;
        this.language = language;
        this.subject = subject;
        this.html = html;
        this.inAudience = inAudience;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtml() {
        return html;
    }

    /** Whether the customer is in the campaign's audience now (a preview works for anyone). */
    public boolean isInAudience() {
        return inAudience;
    }
}
