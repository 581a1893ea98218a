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
                "224.0.0.1", "198.18.0.1", "255.255.255.255" }) {
            assertThat(isPublic(address)).as(address).isFalse();
        }
    }

    @Test
    void internetAddressesArePublic() throws UnknownHostException {
        for (String address : new String[] { "8.8.8.8", "170.114.52.2", "2606:4700::1111", "::ffff:8.8.4.4",
                "100.128.0.1", "172.32.0.1" }) {
            assertThat(isPublic(address)).as(address).isTrue();
        }
    }
}
