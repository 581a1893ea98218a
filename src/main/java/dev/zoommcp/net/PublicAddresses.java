package dev.zoommcp.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * Whether an address is on the public internet. Recording downloads redirect to a CDN chosen by Zoom; a redirect to a
 * loopback, private, link-local (cloud metadata), carrier-grade-NAT or unique-local address would make this server
 * fetch from its own network on Zoom's say-so, so such targets are refused. The same rule guards the client metadata
 * documents the sign-in fetches. Besides those, every range of IANA's special-purpose address registries that is not
 * globally reachable is refused (documentation, benchmarking, protocol assignments, discard, Teredo, the deprecated
 * IPv4-compatible form); IPv6 forms that embed an IPv4 address (mapped, NAT64's 64:ff9b::/96, 6to4's 2002::/16) are
 * judged by that address, so a NAT64 gateway cannot be used to reach 10.0.0.1 or 169.254.169.254.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(bytes);
        }
        return address instanceof Inet6Address && isPublicV6(bytes);
    }

    private static boolean isPublicV4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        int third = bytes[2] & 0xff;
        boolean thisNetwork = first == 0;
        boolean privateUse = first == 10 || first == 172 && second >= 16 && second <= 31
                || first == 192 && second == 168;
        boolean loopback = first == 127;
        boolean linkLocal = first == 169 && second == 254;
        boolean carrierGradeNat = first == 100 && second >= 64 && second <= 127;
        boolean protocolAssignments = first == 192 && second == 0 && third == 0;
        boolean documentation = first == 192 && second == 0 && third == 2 || first == 198 && second == 51 && third == 100
                || first == 203 && second == 0 && third == 113;
        boolean relay6to4 = first == 192 && second == 88 && third == 99;
        boolean benchmarking = first == 198 && (second == 18 || second == 19);
        boolean multicastOrReserved = first >= 224;
        return !(thisNetwork || privateUse || loopback || linkLocal || carrierGradeNat || protocolAssignments
                || documentation || relay6to4 || benchmarking || multicastOrReserved);
    }

    private static boolean isPublicV6(byte[] bytes) {
        int first16 = (bytes[0] & 0xff) << 8 | bytes[1] & 0xff;
        int second16 = (bytes[2] & 0xff) << 8 | bytes[3] & 0xff;
        if (zeros(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return isPublicV4(Arrays.copyOfRange(bytes, 12, 16)); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (first16 == 0x0064 && second16 == 0xff9b && zeros(bytes, 4, 12)) {
            return isPublicV4(Arrays.copyOfRange(bytes, 12, 16)); // 64:ff9b::a.b.c.d, NAT64 well-known prefix
        }
        if (first16 == 0x2002) {
            return isPublicV4(Arrays.copyOfRange(bytes, 2, 6)); // 2002:aabb:ccdd::, 6to4
        }
        boolean ipv4Compatible = zeros(bytes, 0, 12); // ::a.b.c.d (deprecated), and :: and ::1
        boolean localNat64 = first16 == 0x0064 && second16 == 0xff9b; // 64:ff9b:1::/48 and the rest of 64:ff9b::/32
        boolean discard = first16 == 0x0100 && zeros(bytes, 2, 8); // 100::/64
        boolean protocolAssignments = first16 == 0x2001 && (bytes[2] & 0xfe) == 0; // 2001::/23, Teredo included
        boolean documentation = first16 == 0x2001 && second16 == 0x0db8 // 2001:db8::/32 and 3fff::/20
                || first16 == 0x3fff && (bytes[2] & 0xf0) == 0;
        boolean segmentRouting = first16 == 0x5f00; // 5f00::/16
        boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
        return !(ipv4Compatible || localNat64 || discard || protocolAssignments || documentation || segmentRouting
                || uniqueLocal);
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
