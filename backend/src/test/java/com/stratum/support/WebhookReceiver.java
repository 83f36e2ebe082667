package com.stratum.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP receiver for webhook tests, on 127.0.0.2 (loopback; the %test profile's allowlist names it, while
 * 127.0.0.1 and localhost stay refused). Records every request; answers 200 unless told otherwise.
 */
public final class WebhookReceiver implements AutoCloseable {
    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public static final String HOST = "127.0.0.2";

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer next = statuses.poll();
            int status = next == null ? otherwise : next;
            byte[] answer = ("answer " + status + " " + "x".repeat(3000)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    public String url() {
        return "http://" + HOST + ":" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order; after them {@link #otherwise}. */
    public WebhookReceiver answer(int... next) {
        for (int status : next) {
            statuses.add(status);
        }
        return this;
    }

    public WebhookReceiver otherwise(int status) {
        otherwise = status;
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
