package com.broadleafloyalty.engagement.service;

/** How many of a group of emails (e.g. one campaign's) went, were opened and were clicked. */
public final class MailCounts {

    private final long sent;
    private final long opened;
    private final long clicked;

    public MailCounts(long sent, long opened, long clicked) {
        this.sent = sent;
        this.opened = opened;
        this.clicked = clicked;
    }

    public long getSent() {
        return sent;
    }

    /** Mails opened at least once (a click counts as an open). */
    public long getOpened() {
        return opened;
    }

    /** Mails with at least one click. */
    public long getClicked() {
        return clicked;
    }
}
