package org.backoffice.command.it.network;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InvalidRequestException;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.network.NetworkCommands.AssignIpAddressCommand;
import org.backoffice.command.it.network.NetworkCommands.DefineNetworkCommand;
import org.backoffice.command.it.network.NetworkCommands.OpenSiteCommand;
import org.backoffice.command.it.network.NetworkCommands.ReleaseIpAddressCommand;
import org.backoffice.events.it.IpAddressAssignedEvent;
import org.backoffice.events.it.IpAddressReleasedEvent;
import org.backoffice.events.it.NetworkDefinedEvent;
import org.backoffice.events.it.ReturnCause;
import org.backoffice.events.it.SiteOpenedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkTest {

    private static final UUID SITE = UUID.randomUUID();
    private static final UUID NET = UUID.randomUUID();
    private static final UUID LAPTOP = UUID.randomUUID();
    private static final UUID PRINTER = UUID.randomUUID();
    private static final UUID RETIRED = UUID.randomUUID();

    private final Map<UUID, NetworkDirectory.NetworkEntry> networks = new HashMap<>();
    private final Map<String, UUID> sites = new HashMap<>();
    private final Set<UUID> inService = new HashSet<>(Set.of(LAPTOP, PRINTER));
    private final NetworkDirectory directory = new NetworkDirectory() {
        @Override
        public boolean siteExists(UUID siteId) {
            return sites.containsValue(siteId);
        }

        @Override
        public Optional<UUID> siteNamed(String name) {
            return Optional.ofNullable(sites.get(name.toLowerCase()));
        }

        @Override
        public Optional<NetworkEntry> network(UUID networkId) {
            return Optional.ofNullable(networks.get(networkId));
        }

        @Override
        public Optional<NetworkEntry> overlapping(String prefix, UUID networkId) {
            var p = IpPlan.prefix("prefix", prefix);
            return networks.values().stream().filter(n -> !n.networkId().equals(networkId))
                    .filter(n -> IpPlan.prefix("prefix", n.prefix()).overlaps(p)).findFirst();
        }

        @Override
        public Optional<NetworkEntry> withVlan(UUID siteId, int vlanId, UUID networkId) {
            return Optional.ofNullable(vlans.get(siteId + "/" + vlanId));
        }

        @Override
        public List<UUID> addressesOf(UUID assetId) {
            return List.of();
        }
    };
    private final Map<String, NetworkDirectory.NetworkEntry> vlans = new HashMap<>();
    private final AssetDirectory assets = new AssetDirectory() {
        @Override
        public Optional<UUID> holderOfSerial(String serialNumber) {
            return Optional.empty();
        }

        @Override
        public List<UUID> assetsHeldBy(UUID employeeId) {
            return List.of();
        }

        @Override
        public boolean inService(UUID assetId) {
            return inService.contains(assetId);
        }
    };
    private AggregateTestFixture<Network> networkFixture;
    private AggregateTestFixture<IpAddress> addressFixture;
    private AggregateTestFixture<Site> siteFixture;

    @BeforeEach
    void setUp() {
        sites.put("berlin office", SITE);
        networkFixture = new AggregateTestFixture<>(Network.class);
        networkFixture.registerInjectableResource(directory);
        addressFixture = new AggregateTestFixture<>(IpAddress.class);
        addressFixture.registerInjectableResource(directory);
        addressFixture.registerInjectableResource(assets);
        siteFixture = new AggregateTestFixture<>(Site.class);
        siteFixture.registerInjectableResource(directory);
    }

    private void lan(String prefix, String gateway) {
        networks.put(NET, new NetworkDirectory.NetworkEntry(NET, "LAN", prefix, gateway));
    }

    @Test
    void aSiteNameIsTakenOnceInAnyCase() {
        siteFixture.givenNoPriorActivity().when(new OpenSiteCommand(UUID.randomUUID(), "Berlin Office", "Alexanderplatz 1"))
                .expectException(CommandRejectedException.class).expectExceptionMessage("a site named \"Berlin Office\" already exists");
    }

    @Test
    void aSiteOfAnotherNameOpens() {
        UUID hamburg = UUID.randomUUID();
        siteFixture.givenNoPriorActivity().when(new OpenSiteCommand(hamburg, "Hamburg", null))
                .expectEvents(new SiteOpenedEvent(hamburg, "Hamburg", null));
    }

    @ParameterizedTest
    @CsvSource({
            "10.20.0.0/16, 10.20.0.1, 10.20.255.254",
            "192.168.7.0/24, 192.168.7.1, 192.168.7.254",
            "10.0.0.0/31, 10.0.0.0, 10.0.0.1",
            "10.0.0.9/32, 10.0.0.9, 10.0.0.9",
            "2001:db8:1::/64, 2001:db8:1::1, 2001:db8:1:0:ffff:ffff:ffff:ffff"})
    void aNetworkKeepsItsNetworkAndBroadcastAddressesFromDevices(String prefix, String first, String last) {
        networkFixture.givenNoPriorActivity().when(new DefineNetworkCommand(NET, SITE, "LAN", prefix, 10, null))
                .expectEvents(new NetworkDefinedEvent(NET, SITE, "LAN", prefix, 10, null, first, last));
    }

    @Test
    void networksDoNotOverlap() {
        networks.put(UUID.randomUUID(), new NetworkDirectory.NetworkEntry(UUID.randomUUID(), "Servers", "10.20.0.0/16", null));
        networkFixture.givenNoPriorActivity().when(new DefineNetworkCommand(NET, SITE, "Office", "10.20.4.0/24", null, null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("10.20.4.0/24 overlaps the network \"Servers\" (10.20.0.0/16)");
        networkFixture.givenNoPriorActivity().when(new DefineNetworkCommand(NET, SITE, "Office", "10.21.0.0/24", null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aVlanIdNamesOneNetworkAtASite() {
        vlans.put(SITE + "/20", new NetworkDirectory.NetworkEntry(UUID.randomUUID(), "Office", "10.30.0.0/24", null));
        networkFixture.givenNoPriorActivity().when(new DefineNetworkCommand(NET, SITE, "Guests", "10.31.0.0/24", 20, null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("VLAN 20 is already the network \"Office\" (10.30.0.0/24) at this site");
        networkFixture.givenNoPriorActivity().when(new DefineNetworkCommand(NET, SITE, "Guests", "10.31.0.0/24", 21, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aNetworkNeedsAKnownSiteAndAGatewayADeviceCouldHold() {
        networkFixture.givenNoPriorActivity().when(new DefineNetworkCommand(NET, UUID.randomUUID(), "LAN", "10.1.0.0/24", null, null))
                .expectException(CommandRejectedException.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("does not exist"));
        networkFixture.givenNoPriorActivity().when(new DefineNetworkCommand(NET, SITE, "LAN", "10.1.0.0/24", null, "10.1.1.1"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the gateway lies outside the network 10.1.0.0/24");
        networkFixture.givenNoPriorActivity().when(new DefineNetworkCommand(NET, SITE, "LAN", "10.1.0.0/24", null, "10.1.0.255"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the gateway is the broadcast address of 10.1.0.0/24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1", "10.0.0.0", "10.0.0.0/33", "10.1.2.3/16", "fe80::1%eth0/64", "10.0.0.*/24", "10.0.0.0-7/29", "router", "", "10.0.0.0/4"})
    void aMalformedPrefixIsRefused(String prefix) {
        assertThatThrownBy(() -> IpPlan.prefix("prefix", prefix)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void hostBitsSetNameTheNetworkMeant() {
        assertThatThrownBy(() -> IpPlan.prefix("prefix", "10.1.2.3/16")).hasMessageContaining("the network is 10.1.0.0/16");
    }

    @Test
    void anAddressIsCanonicalAndItsIdIsTheSameWhateverItsSpelling() {
        assertThat(IpPlan.address("a", "2001:DB8:0:0::0001").toCanonicalString()).isEqualTo("2001:db8::1");
        assertThat(IpPlan.addressId(IpPlan.address("a", "2001:DB8:0:0::0001")))
                .isEqualTo(IpPlan.addressId(IpPlan.address("a", "2001:db8::1")));
        assertThatThrownBy(() -> IpPlan.address("a", "10.0.0.1/32")).isInstanceOf(InvalidRequestException.class);
    }

    private AssignIpAddressCommand assign(String address, UUID asset) {
        return new AssignIpAddressCommand(IpPlan.addressId(IpPlan.address("a", address)), NET, address, asset, null);
    }

    @Test
    void aDeviceGetsAnAddressInsideThePrefix() {
        lan("10.20.0.0/16", "10.20.0.1");
        AssignIpAddressCommand c = assign("10.20.3.4", LAPTOP);
        addressFixture.givenNoPriorActivity().when(c)
                .expectEvents(new IpAddressAssignedEvent(c.addressId(), NET, "10.20.3.4", LAPTOP, null));
    }

    @ParameterizedTest
    @CsvSource({
            "10.21.0.4, 10.21.0.4 lies outside the network 10.20.0.0/16",
            "10.20.0.0, 10.20.0.0 is the network address of 10.20.0.0/16",
            "10.20.255.255, 10.20.255.255 is the broadcast address of 10.20.0.0/16",
            "10.20.0.1, 10.20.0.1 is the network's gateway",
            "2001:db8::1, 2001:db8::1 lies outside the network 10.20.0.0/16"})
    void anAddressADeviceCannotHoldIsRefused(String address, String message) {
        lan("10.20.0.0/16", "10.20.0.1");
        addressFixture.givenNoPriorActivity().when(assign(address, LAPTOP))
                .expectException(CommandRejectedException.class).expectExceptionMessage(message);
    }

    @Test
    void anAddressIsHeldByOneDeviceAtATime() {
        lan("10.20.0.0/16", null);
        AssignIpAddressCommand c = assign("10.20.3.4", LAPTOP);
        IpAddressAssignedEvent held = new IpAddressAssignedEvent(c.addressId(), NET, "10.20.3.4", LAPTOP, null);
        addressFixture.given(held).when(assign("10.20.3.4", PRINTER))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("10.20.3.4 is already assigned to device " + LAPTOP);
        addressFixture.given(held).when(c).expectNoEvents();
        addressFixture.given(held, new IpAddressReleasedEvent(c.addressId(), NET, "10.20.3.4", LAPTOP, ReturnCause.RETURNED, null))
                .when(assign("10.20.3.4", PRINTER))
                .expectEvents(new IpAddressAssignedEvent(c.addressId(), NET, "10.20.3.4", PRINTER, null));
    }

    @Test
    void aRetiredOrUnknownDeviceGetsNoAddress() {
        lan("10.20.0.0/16", null);
        addressFixture.givenNoPriorActivity().when(assign("10.20.3.4", RETIRED))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("device " + RETIRED + " does not exist or is retired");
    }

    @Test
    void aReleaseFreesTheAddressAndARetirementReleasesOnlyWhatTheDeviceStillHolds() {
        lan("10.20.0.0/16", null);
        AssignIpAddressCommand c = assign("10.20.3.4", LAPTOP);
        IpAddressAssignedEvent held = new IpAddressAssignedEvent(c.addressId(), NET, "10.20.3.4", LAPTOP, null);
        addressFixture.given(held).when(new ReleaseIpAddressCommand(c.addressId(), NET, ReturnCause.RETURNED, "moved", null))
                .expectEvents(new IpAddressReleasedEvent(c.addressId(), NET, "10.20.3.4", LAPTOP, ReturnCause.RETURNED, "moved"));
        addressFixture.given(held).when(new ReleaseIpAddressCommand(c.addressId(), null, ReturnCause.DEVICE_RETIRED, "old", PRINTER))
                .expectNoEvents();
        addressFixture.given(held, new IpAddressReleasedEvent(c.addressId(), NET, "10.20.3.4", LAPTOP, ReturnCause.RETURNED, null))
                .when(new ReleaseIpAddressCommand(c.addressId(), NET, ReturnCause.RETURNED, null, null))
                .expectException(CommandRejectedException.class).expectExceptionMessage("10.20.3.4 is not assigned");
        addressFixture.given(held).when(new ReleaseIpAddressCommand(c.addressId(), UUID.randomUUID(), ReturnCause.RETURNED, null, null))
                .expectException(CommandRejectedException.class);
    }
}
