package com.broadleafloyalty.demo.mail;

import com.broadleafloyalty.engagement.service.MailOutbox;
import com.broadleafloyalty.engagement.service.OutboxMail;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.List;

import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;

/** The Outbox over the demo's embedded SMTP server: a mail's id is its position in the order received. */
public class DemoMailOutbox implements MailOutbox {

    private static final Log LOG = LogFactory.getLog(DemoMailOutbox.class);

    @Override
    public List<OutboxMail> recent(int limit) {
        MimeMessage[] received = received();
        List<OutboxMail> mails = new ArrayList<OutboxMail>();
        for (int i = received.length - 1; i >= 0 && mails.size() < limit; i--) {
            mails.add(read(i, received[i]));
        }
        return mails;
    }

    @Override
    public OutboxMail find(int id) {
        MimeMessage[] received = received();
        return id >= 0 && id < received.length ? read(id, received[id]) : null;
    }

    private static MimeMessage[] received() {
        DemoMailServer server = DemoMailServer.current();
        return server == null ? new MimeMessage[0] : server.greenMail().getReceivedMessages();
    }

    private static OutboxMail read(int id, MimeMessage message) {
        try {
            String to = message.getAllRecipients() == null ? "" : message.getAllRecipients()[0].toString();
            return new OutboxMail(id, to, message.getSubject(), message.getSentDate(), html(message));
        } catch (MessagingException e) {
            LOG.warn("Cannot read mail " + id + " of the demo outbox: " + e);
            return new OutboxMail(id, "", "", null, null);
        }
    }

    /** The first text/html (or text) part, transfer encoding undone. */
    private static String html(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof String) {
                return (String) content;
            }
            if (content instanceof Multipart) {
                Multipart multipart = (Multipart) content;
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String html = html(body);
                    if (html != null) {
                        return html;
                    }
                }
            }
            return null;
        } catch (MessagingException | java.io.IOException e) {
            LOG.warn("Cannot read a part of a demo mail: " + e);
            return null;
        }
    }
}
