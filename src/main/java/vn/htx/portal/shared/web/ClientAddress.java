package vn.htx.portal.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The visitor's address: the connection's, or, only when the connection comes from a configured
 * trusted proxy, the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy.
 * Entries are single addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code ::1}).
 */
public final class ClientAddress {

    private record Range(byte[] network, int prefix) {}

    private final List<Range> trusted = new ArrayList<>();

    public ClientAddress(List<String> trustedProxies) {
        for (String entry : trustedProxies == null ? List.<String>of() : trustedProxies) {
            String value = entry.strip();
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = value.split("/", 2);
            byte[] address = parse(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("Not an IP address or range: " + value);
            }
            trusted.add(new Range(address, parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8));
        }
    }

    public String resolve(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || trusted.isEmpty() || !isTrusted(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (parse(hop) == null) {
                return remoteAddress;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    public boolean isTrusted(String address) {
        byte[] bytes = parse(address);
        if (bytes == null) {
            return false;
        }
        for (Range range : trusted) {
            if (range.network().length == bytes.length && matches(range, bytes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Range range, byte[] bytes) {
        int full = range.prefix() / 8;
        int rest = range.prefix() % 8;
        for (int i = 0; i < full; i++) {
            if (range.network()[i] != bytes[i]) {
                return false;
            }
        }
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (range.network()[full] & mask) == (bytes[full] & mask);
    }

    /** Only hex digits, colons and dots: anything else could make {@link InetAddress} look a name up. */
    private static boolean isAddressLiteral(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed =
                    (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Parses a literal IPv4 or IPv6 address without ever doing a DNS lookup. */
    private static byte[] parse(String value) {
        if (value == null || value.isEmpty() || !isAddressLiteral(value)) {
            return null;
        }
        try {
            return InetAddress.getByName(value).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
