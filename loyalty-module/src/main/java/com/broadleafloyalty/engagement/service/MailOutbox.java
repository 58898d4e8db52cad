package com.broadleafloyalty.engagement.service;

import java.util.List;

/**
 * Where a site can read back the emails it sent, for the admin's Loyalty → Outbox page. A real shop has none (its
 * mail goes to its mail server); the demo shop provides one over its embedded SMTP server.
 */
public interface MailOutbox {

    /** Newest first. */
    List<OutboxMail> recent(int limit);

    /** The mail with this id, or null. */
    OutboxMail find(int id);
}
