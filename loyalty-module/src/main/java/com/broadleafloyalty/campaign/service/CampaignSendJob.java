package com.broadleafloyalty.campaign.service;

/** The background sending: every run starts the due campaigns and sends up to the throttle's mails. */
public interface CampaignSendJob {

    /** Returns how many emails went in this run. */
    int run();
}
