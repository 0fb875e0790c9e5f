package org.backoffice.command.common;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.backoffice.events.accounting.BankDetails;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.util.Locale;

/**
 * An IBAN and BIC as a client sends them: spaces allowed, any case. Checked with iban4j (country,
 * length, format and check digits; the BIC's format and country): a wrong one is a 400 naming
 * the field, so that no payment file is ever written to an account that cannot exist.
 */
public record BankDetailsRequest(
        @NotBlank @Size(max = 42) @Schema(example = "DE89 3704 0044 0532 0130 00") String iban,
        @Size(max = 11) @Schema(example = "COBADEFFXXX", description = "optional within the SEPA area") String bic) {

    /** The details in their stored form (no spaces, capitals), or a 400 on [prefix.]iban or [prefix.]bic. */
    public BankDetails validated(String prefix) {
        String field = prefix.isEmpty() ? "" : prefix + ".";
        String normalizedIban = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(normalizedIban);
        } catch (InvalidCheckDigitException e) {
            throw StandardErrors.invalidField(field + "iban", "the check digits are wrong: this IBAN does not exist");
        } catch (IbanFormatException | UnsupportedCountryException e) {
            throw StandardErrors.invalidField(field + "iban", "is not a valid IBAN: " + e.getMessage());
        }
        String normalizedBic = bic == null || bic.isBlank() ? null : bic.replace(" ", "").toUpperCase(Locale.ROOT);
        if (normalizedBic != null) {
            try {
                BicUtil.validate(normalizedBic);
            } catch (BicFormatException | UnsupportedCountryException e) {
                throw StandardErrors.invalidField(field + "bic", "is not a valid BIC: " + e.getMessage());
            }
        }
        return new BankDetails(normalizedIban, normalizedBic);
    }
}
