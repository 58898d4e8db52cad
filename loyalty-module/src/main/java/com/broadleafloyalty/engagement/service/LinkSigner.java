package com.broadleafloyalty.engagement.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of the email links (URL-safe Base64 of the first 18 bytes). The secret is the site's
 * {@code loyalty.engagement.link.secret}, the same on every node; without one, a random secret is made at start-up
 * and links in mails sent before a restart (or by another node) no longer verify, which the log says.
 */
public class LinkSigner {

    private static final Log LOG = LogFactory.getLog(LinkSigner.class);

    private final byte[] secret;

    public LinkSigner(String secret) {
        if (secret == null || secret.trim().isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
            LOG.warn("loyalty.engagement.link.secret is not set: email links are signed with a random secret and stop "
                    + "working after a restart or on another node; set the same secret on every node");
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    static String open(Long mailId) {
        return "open:" + mailId;
    }

    static String unsubscribe(Long mailId) {
        return "unsubscribe:" + mailId;
    }

    static String click(Long mailId, String target) {
        return "click:" + mailId + ":" + target;
    }

    public String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            byte[] shortened = new byte[18];
            System.arraycopy(digest, 0, shortened, 0, shortened.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(shortened);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison, so a forger learns nothing from the response time. */
    public boolean verify(String payload, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
