package org.backoffice.command.accounting.tax;

import org.backoffice.events.accounting.TaxKind;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** The commands of tax codes, handled by {@link TaxCodeHandler}. */
public final class TaxCodeCommands {

    private TaxCodeCommands() {
    }

    /** The aggregate id of a tax code: derived from its code, which is its key. */
    public static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("tax-code:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** Define a code with its first version. */
    public record DefineTaxCode(String code, String name, TaxKind kind, String baseBox, String taxBox,
                                String inputTaxBox, Version first) {
    }

    /** Add a version from a later date on. */
    public record AddTaxRateVersion(String code, Version version) {
    }

    /** A rate in percent from validFrom on, the tax account, and for a reverse charge the input tax account. */
    public record Version(LocalDate validFrom, BigDecimal rate, UUID taxAccountId, UUID inputTaxAccountId) {
    }
}
