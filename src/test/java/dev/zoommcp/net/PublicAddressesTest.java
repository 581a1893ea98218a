package dev.zoommcp.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class PublicAddressesTest {

    private static boolean isPublic(String literal) throws UnknownHostException {
        return PublicAddresses.isPublic(InetAddress.getByName(literal));
    }

    @Test
    void localAndPrivateAddressesAreNotPublic() throws UnknownHostException {
        for (String address : new String[] { "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "::", "fe80::1", "fd00:ec2::254", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
                "224.0.0.1", "198.18.0.1", "255.255.255.255",
                // documentation and protocol ranges, and IPv6 forms that embed a private IPv4 address (NAT64, 6to4)
                "192.0.2.2", "198.51.100.7", "203.0.113.9", "192.0.0.8", "192.88.99.1", "64:ff9b::a9fe:a9fe",
                "64:ff9b::a00:1", "64:ff9b::7f00:1", "64:ff9b:1::a00:1", "2002:7f00:1::", "2002:a00:1::1",
                "::a9fe:a9fe", "2001:db8::1", "2001::1", "2001:0:4136:e378::1", "100::1", "3fff::1", "5f00::1",
                "fec0::1", "ff02::1" }) {
            assertThat(isPublic(address)).as(address).isFalse();
        }
    }

    @Test
    void internetAddressesArePublic() throws UnknownHostException {
        for (String address : new String[] { "8.8.8.8", "170.114.52.2", "2606:4700::1111", "::ffff:8.8.4.4",
                "100.128.0.1", "172.32.0.1", "64:ff9b::808:808", "2002:808:808::1", "2001:4860:4860::8888",
                "2a00:1450:4001::1", "192.0.3.1", "203.0.114.1" }) {
            assertThat(isPublic(address)).as(address).isTrue();
        }
    }
}
