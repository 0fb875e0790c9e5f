package org.backoffice.command.accounting.tax.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.tax.TaxCodeCommands;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.events.accounting.TaxKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/tax-codes")
@Tag(name = "Accounting")
public class TaxCodeCommandController {

    public static final String CODE = "[A-Za-z0-9]{1,20}";
    private static final String BOX = "[0-9]{1,3}";

    private final CommandGateway commands;

    public TaxCodeCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record VersionRequest(
            @NotNull LocalDate validFrom,
            @NotNull @Schema(type = "string", pattern = "^[0-9]{1,3}(\\.[0-9]{1,4})?$", example = "19.00",
                    description = "percent") BigDecimal rate,
            UUID taxAccountId,
            UUID inputTaxAccountId) {

        TaxCodeCommands.Version toVersion() {
            return new TaxCodeCommands.Version(validFrom, rate, taxAccountId, inputTaxAccountId);
        }
    }

    public record DefineTaxCodeRequest(
            @NotNull @Pattern(regexp = CODE, message = "must be 1 to 20 letters or digits") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull TaxKind kind,
            @Pattern(regexp = BOX, message = "must be a box number of the VAT return") String baseBox,
            @Pattern(regexp = BOX, message = "must be a box number of the VAT return") String taxBox,
            @Pattern(regexp = BOX, message = "must be a box number of the VAT return") String inputTaxBox,
            @NotNull LocalDate validFrom,
            @NotNull @Schema(type = "string", pattern = "^[0-9]{1,3}(\\.[0-9]{1,4})?$", example = "19.00",
                    description = "percent") BigDecimal rate,
            UUID taxAccountId,
            UUID inputTaxAccountId) {
    }

    public record TaxCodeCreated(String code) {
    }

    @PostMapping
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Define a tax code with its first rate", description = "Idempotent on the code: the same "
            + "definition again answers 201 and changes nothing, another under the same code is 409.")
    @StandardErrors.Create
    public ResponseEntity<TaxCodeCreated> define(@Valid @RequestBody DefineTaxCodeRequest r) {
        requireRate("rate", r.rate());
        commands.sendAndWait(new TaxCodeCommands.DefineTaxCode(r.code(), r.name().strip(), r.kind(), r.baseBox(),
                r.taxBox(), r.inputTaxBox(), new TaxCodeCommands.Version(r.validFrom(), r.rate(), r.taxAccountId(),
                r.inputTaxAccountId())));
        return ResponseEntity.created(URI.create("/api/v1/tax-codes/" + r.code())).body(new TaxCodeCreated(r.code()));
    }

    @PostMapping("/{code}/versions")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Change a tax code's rate or account from a later date on",
            description = "A new version; the versions in force before are never edited. 422 when it does not start "
                    + "after the latest version.")
    @StandardErrors.Change
    public ResponseEntity<Void> addVersion(@PathVariable @Pattern(regexp = CODE) String code,
                                           @Valid @RequestBody VersionRequest r) {
        requireRate("rate", r.rate());
        commands.sendAndWait(new TaxCodeCommands.AddTaxRateVersion(code, r.toVersion()));
        return ResponseEntity.ok().build();
    }

    private static void requireRate(String field, BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.stripTrailingZeros().scale() > 4) {
            throw StandardErrors.invalidField(field, "must be a percentage from 0 to 100 with at most 4 decimals");
        }
    }
}
