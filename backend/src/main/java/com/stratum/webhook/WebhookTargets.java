package com.stratum.webhook;

import com.stratum.common.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a webhook may send (SSRF): an https URL (http only with {@code stratum.webhooks.allow-http}) whose host
 * resolves to public addresses only. Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16, the cloud metadata address among them, fe80::/10), carrier-grade NAT (100.64/10), "this network"
 * (0/8), multicast and unspecified addresses are refused unless {@code stratum.webhooks.allowlist} names the host
 * or the address. Checked when a webhook is written and again before every send (a name may resolve elsewhere
 * later).
 */
@ApplicationScoped
public class WebhookTargets {
    private final boolean allowHttp;
    private final Set<String> allowlist;

    public WebhookTargets(@ConfigProperty(name = "stratum.webhooks.allow-http", defaultValue = "false") boolean allowHttp,
            @ConfigProperty(name = "stratum.webhooks.allowlist") Optional<List<String>> allowlist) {
        this.allowHttp = allowHttp;
        this.allowlist = allowlist.orElse(List.of()).stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Refuses (422 on {@code url}) a URL a webhook may not have; returns it parsed. */
    URI require(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ApiProblem.validation("url", "This is not a valid URL; write a full address such as"
                    + " https://hooks.example.com/stratum.");
        }
        String refusal = refusal(uri);
        if (refusal != null) {
            throw ApiProblem.validation("url", refusal);
        }
        return uri;
    }

    /** Why nothing may be sent to this URL now, as a whole sentence; null when it may. */
    String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isBlank()) {
            return "Write a full address with a host, such as https://hooks.example.com/stratum.";
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
            return "Use an https URL: this server sends webhooks only over https" + (scheme.equals("http")
                    ? " (plain http is allowed only where an administrator turned on stratum.webhooks.allow-http)."
                    : ".");
        }
        if (uri.getRawUserInfo() != null) {
            return "Leave user name and password out of the URL; check the signature instead.";
        }
        String host = hostOf(uri);
        if (allowlist.contains(host)) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "The host " + host + " could not be found; check the URL.";
        }
        for (InetAddress address : addresses) {
            String kind = forbidden(address);
            if (kind != null && !allowlist.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
                return "The host " + host + " resolves to " + address.getHostAddress() + ", " + kind
                        + "; webhooks go only to public addresses (an administrator can allow this host with"
                        + " stratum.webhooks.allowlist).";
            }
        }
        return null;
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** What kind of non-public address this is, or null for a public one. */
    static String forbidden(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return forbidden(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "an address that cannot be checked";
                }
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private address";
            }
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address (cloud metadata lives there)";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "a \"this network\" address";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a carrier-grade NAT address";
            }
            if (first == 198 && (second == 18 || second == 19) || first >= 240) {
                return "a reserved address";
            }
        }
        return null;
    }
}
