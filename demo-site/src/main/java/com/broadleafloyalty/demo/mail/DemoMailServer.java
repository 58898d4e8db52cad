package com.broadleafloyalty.demo.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The demo shop's embedded SMTP server (GreenMail on a free loopback port), started before the shop's contexts: the
 * storefront's and the admin's {@code blMailSender} read its port from {@link #PORT_PROPERTY}, and the admin's
 * Outbox page reads what it received. A real shop configures its own mail server instead.
 */
public final class DemoMailServer implements AutoCloseable {

    public static final String PORT_PROPERTY = "loyalty.demo.smtp.port";

    private static volatile DemoMailServer current;

    private final GreenMail greenMail;

    private DemoMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the server and publishes its port; it becomes the one the Outbox shows. */
    public static DemoMailServer start() {
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        System.setProperty(PORT_PROPERTY, String.valueOf(port));
        DemoMailServer server = new DemoMailServer(greenMail);
        current = server;
        return server;
    }

    /** The running server, or null before the shop started. */
    static DemoMailServer current() {
        return current;
    }

    GreenMail greenMail() {
        return greenMail;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    @Override
    public void close() {
        greenMail.stop();
        if (current == this) {
            current = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
