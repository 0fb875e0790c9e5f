package org.backoffice.command.it.asset;

import org.backoffice.command.common.InMemoryAxon;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.hr.employment.InMemoryEmployeeDirectory;
import org.backoffice.command.it.asset.AssetCommands.AssignAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.RegisterAssetCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.EmployeeLeftEvent;
import org.backoffice.events.it.AssetReturnedEvent;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.ReturnCause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Offboarding against real Asset aggregates: every device the leaver holds comes back, once. */
class OffboardingProcessorTest {

    private static final UUID KEN = UUID.randomUUID();
    private final Map<UUID, UUID> holders = new HashMap<>();
    private InMemoryAxon axon;
    private OffboardingProcessor processor;

    @BeforeEach
    void setUp() {
        AssetDirectory directory = new AssetDirectory() {
            @Override
            public boolean inService(UUID assetId) {
                return true;
            }

            @Override
            public Optional<UUID> holderOfSerial(String serialNumber) {
                return Optional.empty();
            }

            @Override
            public List<UUID> assetsHeldBy(UUID employeeId) {
                List<UUID> held = new ArrayList<>();
                holders.forEach((asset, holder) -> {
                    if (holder.equals(employeeId)) {
                        held.add(asset);
                    }
                });
                return held;
            }
        };
        axon = InMemoryAxon.with(Asset.class)
                .component(AssetDirectory.class, directory)
                .component(EmployeeDirectory.class, new InMemoryEmployeeDirectory()
                        .add(KEN, LocalDate.of(2020, 1, 1), null, "ken@x", Money.of("1", "EUR")))
                .component(Clock.class, Clock.systemUTC())
                .start();
        processor = new OffboardingProcessor(axon.commands(), directory);
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private UUID assignedToKen(AssetType type) {
        UUID id = UUID.randomUUID();
        axon.commands().sendAndWait(new RegisterAssetCommand(id, type, id.toString(), "m", null, null, null));
        axon.commands().sendAndWait(new AssignAssetCommand(id, KEN));
        holders.put(id, KEN);
        return id;
    }

    private List<Object> eventsOf(UUID id) {
        return axon.eventsOf(id);
    }

    @Test
    void everyDeviceOfTheLeaverIsReturnedAsOffboardingAndARedeliveryReturnsNothingMore() {
        UUID laptop = assignedToKen(AssetType.LAPTOP);
        UUID phone = assignedToKen(AssetType.PHONE);
        EmployeeLeftEvent left = new EmployeeLeftEvent(KEN, LocalDate.now(ZoneOffset.UTC));

        processor.on(left);
        processor.on(left); // the directory is updated asynchronously in this test: the holder check makes it harmless

        for (UUID asset : List.of(laptop, phone)) {
            assertThat(eventsOf(asset)).hasSize(3).last().isInstanceOfSatisfying(AssetReturnedEvent.class, e -> {
                assertThat(e.cause()).isEqualTo(ReturnCause.OFFBOARDING);
                assertThat(e.fromEmployeeId()).isEqualTo(KEN);
            });
        }
    }
}
