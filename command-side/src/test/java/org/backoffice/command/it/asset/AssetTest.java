package org.backoffice.command.it.asset;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.employment.InMemoryEmployeeDirectory;
import org.backoffice.command.it.asset.AssetCommands.AssignAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.CompleteAssetRepairCommand;
import org.backoffice.command.it.asset.AssetCommands.InstallAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.RegisterAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.RetireAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.ReturnAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.SendAssetToRepairCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetAssignedEvent;
import org.backoffice.events.it.AssetInstalledEvent;
import org.backoffice.events.it.AssetRegisteredEvent;
import org.backoffice.events.it.AssetRepairCompletedEvent;
import org.backoffice.events.it.AssetRetiredEvent;
import org.backoffice.events.it.AssetReturnedEvent;
import org.backoffice.events.it.AssetSentToRepairEvent;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.ReturnCause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

class AssetTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID KEN = UUID.randomUUID();
    private static final UUID GONE = UUID.randomUUID();
    private final Map<String, UUID> serials = new HashMap<>();
    private AggregateTestFixture<Asset> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Asset.class);
        fixture.registerInjectableResource(new AssetDirectory() {
            @Override
            public boolean inService(UUID assetId) {
                return true;
            }

            @Override
            public Optional<UUID> holderOfSerial(String serialNumber) {
                return Optional.ofNullable(serials.get(AssetDirectory.normalise(serialNumber)));
            }

            @Override
            public List<UUID> assetsHeldBy(UUID employeeId) {
                return List.of();
            }
        });
        Money salary = Money.of("1", "EUR");
        fixture.registerInjectableResource(new InMemoryEmployeeDirectory()
                .add(KEN, LocalDate.of(2020, 1, 1), null, "ken@x", salary)
                .add(GONE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 31), "gone@x", salary));
        fixture.registerInjectableResource(Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static AssetRegisteredEvent registered() {
        return new AssetRegisteredEvent(ID, AssetType.LAPTOP, "LT-1", "X1", LocalDate.of(2026, 1, 10),
                Money.of("1899.00", "EUR"), null);
    }

    private static RegisterAssetCommand register(String serial) {
        return new RegisterAssetCommand(ID, AssetType.LAPTOP, serial, "X1", LocalDate.of(2026, 1, 10),
                Money.of("1899.00", "EUR"), null);
    }

    @Test
    void registersAnAssetInStockWithItsPurchaseCost() {
        fixture.givenNoPriorActivity().when(register("LT-1")).expectEvents(registered());
    }

    @Test
    void aSerialNumberIsRegisteredOnlyOnceWhateverItsCase() {
        serials.put("LT-1", UUID.randomUUID());
        fixture.givenNoPriorActivity().when(register("lt-1"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("serial number lt-1 is already registered").expectNoEvents();
    }

    @Test
    void registeringTheSameAssetAgainStoresNothing() {
        serials.put("LT-1", ID);
        fixture.given(registered()).when(register("LT-1")).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void installsAnAssetInStock() {
        fixture.given(registered()).when(new InstallAssetCommand(ID, "Server room"))
                .expectEvents(new AssetInstalledEvent(ID, "Server room"));
    }

    @Test
    void anAssignedAssetCannotBeInstalledAndTheRefusalNamesItsStatus() {
        fixture.given(registered(), new AssetAssignedEvent(ID, KEN)).when(new InstallAssetCommand(ID, "Lobby"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("asset LT-1 is ASSIGNED: only an IN_STOCK asset can be installed");
    }

    @Test
    void assignsAnAssetInStockToAnActiveEmployee() {
        fixture.given(registered()).when(new AssignAssetCommand(ID, KEN)).expectEvents(new AssetAssignedEvent(ID, KEN));
    }

    @Test
    void anAssetIsNotAssignedToSomeoneWhoLeft() {
        fixture.given(registered()).when(new AssignAssetCommand(ID, GONE))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("employee " + GONE + " is not an active employee");
    }

    @Test
    void anInstalledAssetCannotBeAssigned() {
        fixture.given(registered(), new AssetInstalledEvent(ID, "Lobby")).when(new AssignAssetCommand(ID, KEN))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("asset LT-1 is INSTALLED: only an IN_STOCK asset can be assigned");
    }

    @Test
    void returnsAnAssignedAsset() {
        fixture.given(registered(), new AssetAssignedEvent(ID, KEN))
                .when(new ReturnAssetCommand(ID, "new laptop", ReturnCause.RETURNED, null))
                .expectEvents(new AssetReturnedEvent(ID, KEN, null, "new laptop", ReturnCause.RETURNED));
    }

    @Test
    void returnsAnInstalledAsset() {
        fixture.given(registered(), new AssetInstalledEvent(ID, "Lobby"))
                .when(new ReturnAssetCommand(ID, null, ReturnCause.RETURNED, null))
                .expectEvents(new AssetReturnedEvent(ID, null, "Lobby", null, ReturnCause.RETURNED));
    }

    @Test
    void anAssetInStockCannotBeReturned() {
        fixture.given(registered()).when(new ReturnAssetCommand(ID, null, ReturnCause.RETURNED, null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("asset LT-1 is IN_STOCK: only an ASSIGNED or INSTALLED asset can be returned");
    }

    @Test
    void offboardingReturnsOnlyWhatThatEmployeeStillHolds() {
        fixture.given(registered(), new AssetAssignedEvent(ID, KEN), new AssetReturnedEvent(ID, KEN, null, null, ReturnCause.RETURNED))
                .when(new ReturnAssetCommand(ID, "offboarding", ReturnCause.OFFBOARDING, KEN))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(registered(), new AssetAssignedEvent(ID, KEN))
                .when(new ReturnAssetCommand(ID, "offboarding", ReturnCause.OFFBOARDING, KEN))
                .expectEvents(new AssetReturnedEvent(ID, KEN, null, "offboarding", ReturnCause.OFFBOARDING));
    }

    @Test
    void anAssignedAssetSentToRepairLeavesItsHolder() {
        fixture.given(registered(), new AssetAssignedEvent(ID, KEN)).when(new SendAssetToRepairCommand(ID, "cracked screen"))
                .expectEvents(new AssetSentToRepairEvent(ID, "cracked screen", KEN, null));
    }

    @Test
    void anAssetInRepairOrRetiredCannotBeSentToRepair() {
        fixture.given(registered(), new AssetSentToRepairEvent(ID, "x", null, null)).when(new SendAssetToRepairCommand(ID, "again"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("asset LT-1 is IN_REPAIR: it cannot be sent to repair");
        fixture.given(registered(), new AssetRetiredEvent(ID, "old")).when(new SendAssetToRepairCommand(ID, "x"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("asset LT-1 is RETIRED: it cannot be sent to repair");
    }

    @Test
    void aRepairIsCompletedOnlyForAnAssetInRepair() {
        fixture.given(registered(), new AssetSentToRepairEvent(ID, "x", null, null)).when(new CompleteAssetRepairCommand(ID))
                .expectEvents(new AssetRepairCompletedEvent(ID));
        fixture.given(registered()).when(new CompleteAssetRepairCommand(ID))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("asset LT-1 is IN_STOCK: only an IN_REPAIR asset can be back from repair");
    }

    @Test
    void retiresAnAssetInStock() {
        fixture.given(registered()).when(new RetireAssetCommand(ID, "end of life"))
                .expectEvents(new AssetRetiredEvent(ID, "end of life"));
    }

    @Test
    void anAssignedAssetCannotBeRetired() {
        fixture.given(registered(), new AssetAssignedEvent(ID, KEN)).when(new RetireAssetCommand(ID, "x"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("asset LT-1 is ASSIGNED: it cannot be retired before it is returned");
    }

    @Test
    void retirementIsFinal() {
        fixture.given(registered(), new AssetRetiredEvent(ID, "old")).when(new RetireAssetCommand(ID, "again"))
                .expectException(CommandRejectedException.class).expectNoEvents();
        fixture.given(registered(), new AssetRetiredEvent(ID, "old")).when(new AssignAssetCommand(ID, KEN))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("asset LT-1 is RETIRED: only an IN_STOCK asset can be assigned");
        fixture.given(registered(), new AssetRetiredEvent(ID, "old")).when(new InstallAssetCommand(ID, "x"))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }
}
