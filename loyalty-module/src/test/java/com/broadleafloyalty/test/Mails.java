package com.broadleafloyalty.test;

import com.icegreen.greenmail.util.GreenMail;

import java.util.ArrayList;
import java.util.List;

import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;

/** Reads what a test's SMTP server received: the mails to one address, and a mail's HTML decoded. */
public final class Mails {

    private Mails() {
    }

    public static List<MimeMessage> to(GreenMail smtp, String address) {
        List<MimeMessage> mails = new ArrayList<MimeMessage>();
        try {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getAllRecipients() != null
                        && mail.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    mails.add(mail);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    public static List<MimeMessage> to(GreenMail smtp, String address, String subject) {
        List<MimeMessage> mails = new ArrayList<MimeMessage>();
        try {
            for (MimeMessage mail : to(smtp, address)) {
                if (subject.equals(mail.getSubject())) {
                    mails.add(mail);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    /** The first text/html part, transfer encoding undone. */
    public static String html(Part part) {
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
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
