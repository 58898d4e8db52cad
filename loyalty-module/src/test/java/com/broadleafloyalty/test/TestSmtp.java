package com.broadleafloyalty.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A real SMTP server (GreenMail) on a free loopback port, with the shared context's mail sender pointed at it. */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** Starts the server and points {@code blMailSender} at it; stop it after the test. */
    public static GreenMail start() {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        pointMailSenderAt(port);
        return smtp;
    }

    /** Points {@code blMailSender} at a port (a closed one simulates a mail server that is down). */
    public static void pointMailSenderAt(int port) {
        LoyaltyTestContext.bean("blMailSender", JavaMailSenderImpl.class).setPort(port);
    }

    /** A port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
