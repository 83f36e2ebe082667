package com.stratum.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client will send: oversized lines and headers, broken
 * chunking, bodies that stop half-way, a chosen local address.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** A parsed answer: status, headers (lower-case names) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static Socket open(URL base, String localAddress) throws IOException {
        Socket socket = new Socket();
        if (localAddress != null) {
            socket.bind(new InetSocketAddress(localAddress, 0));
        }
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** Sends the bytes (ignoring a server that closes early) and reads the answer until the connection ends. */
    static Answer exchange(URL base, byte[]... parts) throws IOException {
        try (Socket socket = open(base, null)) {
            for (byte[] part : parts) {
                try {
                    socket.getOutputStream().write(part);
                    socket.getOutputStream().flush();
                } catch (IOException closedByServer) {
                    break; // the server answered and closed before taking everything: read its answer
                }
            }
            return read(socket);
        }
    }

    static Answer exchange(URL base, String request) throws IOException {
        return exchange(base, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Reads one answer: up to its Content-Length, or until the server closes the connection. */
    static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int headEnd = -1;
        int contentLength = -1;
        byte[] buffer = new byte[8192];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new IOException("No complete answer within the socket timeout; got: " + received, e);
            } catch (IOException reset) {
                n = -1; // a reset after the answer was sent still leaves the answer readable
            }
            if (n < 0) {
                break;
            }
            received.write(buffer, 0, n);
            String text = received.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                contentLength = parseHeaders(text.substring(0, headEnd)).entrySet().stream()
                        .filter(h -> h.getKey().equals("content-length")).map(h -> Integer.parseInt(h.getValue()))
                        .findFirst().orElse(-1);
            }
            if (headEnd >= 0 && contentLength >= 0 && received.size() >= headEnd + 4 + contentLength) {
                break;
            }
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(0, Map.of(), text);
        }
        String head = text.substring(0, end);
        String statusLine = head.split("\r\n", 2)[0];
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), parseHeaders(head), text.substring(end + 4));
    }

    private static Map<String, String> parseHeaders(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }
}
