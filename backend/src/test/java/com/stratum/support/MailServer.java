package com.stratum.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test suite, on a free port that the app's stratum.smtp.port is set
 * to. Tests read what it received, and may stop it (the app's SMTP attempts then fail) and start it again on the
 * same port.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {
    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        return Map.of("stratum.smtp.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static synchronized void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server: connections to its port are refused until {@link #startServer}. Received mail is lost. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received for this address, oldest first. */
    public static synchronized List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
