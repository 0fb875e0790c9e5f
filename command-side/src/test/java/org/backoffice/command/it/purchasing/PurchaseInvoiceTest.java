package org.backoffice.command.it.purchasing;

import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.accounting.ledger.TaxRate;
import org.backoffice.command.accounting.ledger.TaxRates;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.TaxKind;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.purchasing.PurchaseOrderReceivedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The supplier's invoice as the receipt posts it: fixed asset or low-value asset by the threshold, input tax, the gross owed. */
class PurchaseInvoiceTest {

    private static final UUID FIXED = UUID.randomUUID();
    private static final UUID LOW = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();
    private static final UUID VAT = UUID.randomUUID();
    private final TaxRates rates = new TaxRates() {
        @Override
        public boolean exists(String code) {
            return rateOn(code, LocalDate.now()).isPresent();
        }

        @Override
        public Optional<TaxRate> rateOn(String code, LocalDate day) {
            return switch (code) {
                case "VSt19" -> Optional.of(new TaxRate(code, TaxKind.INPUT, new BigDecimal("19"), VAT, null));
                case "RC19" -> Optional.of(new TaxRate(code, TaxKind.REVERSE_CHARGE, new BigDecimal("19"), VAT, VAT));
                default -> Optional.empty();
            };
        }
    };

    private PostJournalEntryCommand invoice(String taxCode, String... prices) {
        List<PurchaseOrderReceivedEvent.Device> devices = new java.util.ArrayList<>();
        for (String price : prices) {
            devices.add(new PurchaseOrderReceivedEvent.Device(UUID.randomUUID(), UUID.nameUUIDFromBytes(price.getBytes()), AssetType.LAPTOP,
                    "Model " + price, "SN-" + UUID.randomUUID(), Money.of(price, "EUR"), taxCode, 36));
        }
        var e = new PurchaseOrderReceivedEvent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), SUPPLIER, "RE-1",
                LocalDate.of(2026, 11, 30), devices, Money.of("800.00", "EUR"), FIXED, LOW, UUID.randomUUID(), UUID.randomUUID());
        return new PurchasingProcessor(null, rates, null).invoice(e, UUID.randomUUID());
    }

    private static Money on(PostJournalEntryCommand c, UUID account, EntrySide side) {
        return c.lines().stream().filter(l -> l.accountId().equals(account) && l.side() == side).map(PostJournalEntryCommand.Line::amount)
                .reduce(Money::plus).orElse(null);
    }

    @Test
    void atTheThresholdADeviceIsALowValueAssetAndACentAboveItAFixedAsset() {
        PostJournalEntryCommand c = invoice("VSt19", "800.00", "800.01");
        assertThat(on(c, LOW, EntrySide.DEBIT)).isEqualTo(Money.of("800.00", "EUR"));
        assertThat(on(c, FIXED, EntrySide.DEBIT)).isEqualTo(Money.of("800.01", "EUR"));
        // 152.00 + 152.00 (152.0019 rounded) of input tax: the supplier is owed the gross.
        assertThat(on(c, SUPPLIER, EntrySide.CREDIT)).isEqualTo(Money.of("1904.01", "EUR"));
        assertThat(c.documentSeries()).isEqualTo("ER");
        assertThat(c.text()).startsWith("Rechnung RE-1");
    }

    @Test
    void devicesOfOneModelAreOneLineAndTheirTaxIsOnTheirSum() {
        PostJournalEntryCommand c = invoice("VSt19", "249.99", "249.99", "249.99");
        assertThat(c.lines()).hasSize(2);
        assertThat(on(c, LOW, EntrySide.DEBIT)).isEqualTo(Money.of("749.97", "EUR"));
        assertThat(on(c, SUPPLIER, EntrySide.CREDIT)).isEqualTo(Money.of("892.46", "EUR"));
    }

    @Test
    void underReverseChargeTheSupplierIsOwedTheNetOnly() {
        PostJournalEntryCommand c = invoice("RC19", "1500.00");
        assertThat(on(c, SUPPLIER, EntrySide.CREDIT)).isEqualTo(Money.of("1500.00", "EUR"));
    }
}
