package org.backoffice.command.it.network;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.backoffice.command.common.StandardErrors.invalidField;

/**
 * Prefixes and addresses as the IPAddress library reads them: dotted IPv4 and IPv6 text only (no
 * inet_aton shorthands such as "10.1", no zones, no wildcards), in canonical form, with the rule
 * of which addresses of a network a device may hold.
 */
public final class IpPlan {

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowWildcardedSeparator(false)
            .allowPrefixOnly(false)
            .getIPv4AddressParametersBuilder().allow_inet_aton(false).allowWildcardedSeparator(false).allowBinary(false).getParentBuilder()
            .getIPv6AddressParametersBuilder().allowZone(false).allowWildcardedSeparator(false).allowBinary(false).allowBase85(false).getParentBuilder()
            .toParams();

    private IpPlan() {
    }

    /** A network's prefix: an address with its length, no host bits set ("10.20.0.0/16", "2001:db8:1::/64"). */
    public static IPAddress prefix(String field, String text) {
        IPAddress a = parse(field, text);
        if (!a.isPrefixed()) {
            throw invalidField(field, "\"" + text + "\" has no prefix length: write it as address/length, e.g. 10.20.0.0/16");
        }
        if (!a.isPrefixBlock()) {
            throw invalidField(field, "\"" + text + "\" has host bits set: the network is " + a.toPrefixBlock().toCanonicalString());
        }
        int length = a.getNetworkPrefixLength();
        if (length < (a.isIPv4() ? 8 : 32)) {
            throw invalidField(field, "a network of /" + length + " is larger than any site runs: at most /"
                    + (a.isIPv4() ? 8 : 32));
        }
        return a;
    }

    /** One address, without a prefix length. */
    public static IPAddress address(String field, String text) {
        IPAddress a = parse(field, text);
        if (a.isPrefixed() || a.isMultiple()) {
            throw invalidField(field, "\"" + text + "\" is not a single address (give it without /length)");
        }
        return a;
    }

    private static IPAddress parse(String field, String text) {
        if (!text.strip().matches("[0-9A-Fa-f:./]+")) {
            throw invalidField(field, "\"" + text + "\" is not an IPv4 or IPv6 address: digits, dots, colons and a /length only");
        }
        try {
            return new IPAddressString(text.strip(), STRICT).toAddress();
        } catch (AddressStringException | RuntimeException e) {
            throw invalidField(field, "\"" + text + "\" is not an IPv4 or IPv6 address"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    /** The first address a device may hold: the network address is not one, except in /31, /32, /127 and /128. */
    public static IPAddress firstUsable(IPAddress prefix) {
        IPAddress lower = prefix.getLower().withoutPrefixLength();
        return hostBits(prefix) <= 1 ? lower : lower.increment(1);
    }

    /** The last: IPv4's broadcast address is not one (except in /31 and /32); IPv6 has no broadcast. */
    public static IPAddress lastUsable(IPAddress prefix) {
        IPAddress upper = prefix.getUpper().withoutPrefixLength();
        return prefix.isIPv4() && hostBits(prefix) > 1 ? upper.increment(-1) : upper;
    }

    private static int hostBits(IPAddress prefix) {
        return prefix.getBitCount() - prefix.getNetworkPrefixLength();
    }

    /** Why a device may not hold this address of the network, or null when it may. */
    public static String refusal(IPAddress prefix, IPAddress address, String gateway) {
        String a = address.toCanonicalString();
        if (prefix.isIPv4() != address.isIPv4() || !prefix.contains(address)) {
            return a + " lies outside the network " + prefix.toCanonicalString();
        }
        if (address.compareTo(firstUsable(prefix)) < 0) {
            return a + " is the network address of " + prefix.toCanonicalString();
        }
        if (address.compareTo(lastUsable(prefix)) > 0) {
            return a + " is the broadcast address of " + prefix.toCanonicalString();
        }
        if (a.equals(gateway)) {
            return a + " is the network's gateway";
        }
        return null;
    }

    /** The aggregate id of an address: one per address, whichever network it lies in (networks do not overlap). */
    public static UUID addressId(IPAddress address) {
        return UUID.nameUUIDFromBytes(("ip-address:" + address.toCanonicalString()).getBytes(StandardCharsets.UTF_8));
    }
}
