package com.broadleafloyalty.engagement.service;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/**
 * The tracking and unsubscribe links of one sent email, for its template ({@code ${mailLinks.click(url)}},
 * {@code ${mailLinks.openPixel}}, {@code ${mailLinks.unsubscribe}}). Each carries the mail's id and a signature, so
 * nobody can make the shop redirect to a target it did not put in an email.
 */
public final class MailLinks {

    public static final String OPEN_PATH = "/loyalty/mail/open";
    public static final String CLICK_PATH = "/loyalty/mail/click";
    public static final String UNSUBSCRIBE_PATH = "/loyalty/mail/unsubscribe";

    private final String baseUrl;
    private final Long mailId;
    private final LinkSigner signer;

    MailLinks(String baseUrl, Long mailId, LinkSigner signer) {
        this.baseUrl = baseUrl;
        this.mailId = mailId;
        this.signer = signer;
    }

    public String getOpenPixel() {
        return baseUrl + OPEN_PATH + "?m=" + mailId + "&s=" + signer.sign(LinkSigner.open(mailId));
    }

    public String getUnsubscribe() {
        return baseUrl + UNSUBSCRIBE_PATH + "?m=" + mailId + "&s=" + signer.sign(LinkSigner.unsubscribe(mailId));
    }

    /** A link that records the click and then sends the reader to {@code target} (absolute, or a shop path). */
    public String click(String target) {
        String absolute = target.startsWith("/") ? baseUrl + target : target;
        return baseUrl + CLICK_PATH + "?m=" + mailId + "&u=" + encode(absolute) + "&s="
                + signer.sign(LinkSigner.click(mailId, absolute));
    }

    /** The shop's own address, for links to pages (the click link wraps them). */
    public String shop(String path) {
        return click(path);
    }

    private static String encode(String value) {
        try {
            return URLEncoder.encode(value, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
