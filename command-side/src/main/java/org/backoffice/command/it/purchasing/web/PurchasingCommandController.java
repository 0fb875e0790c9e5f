package org.backoffice.command.it.purchasing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.it.purchasing.PurchasingAccounts;
import org.backoffice.command.it.purchasing.PurchasingCommands;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.purchasing.DeviceRequestReason;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "IT")
public class PurchasingCommandController {

    private final CommandGateway commands;

    public PurchasingCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record CatalogueModelRequest(UUID id, @NotNull AssetType type, @NotBlank @Size(max = 200) String name,
                                        @Size(max = 2000) String specs, @NotNull UUID supplierId, @NotNull Money unitPrice,
                                        @Size(max = 20) String taxCode) {
    }

    public record DeviceRequestRequest(UUID id, @NotNull DeviceRequestReason reason, @NotNull AssetType type, UUID employeeId,
                                       UUID replacesAssetId, @Size(max = 2000) String note) {
    }

    public record DeviceRequestApproval(@NotNull UUID modelId) {
    }

    public record DeviceRequestRejection(@NotBlank @Size(max = 2000) String reason) {
    }

    public record OrderLineRequest(@NotNull UUID modelId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    public record PurchaseOrderRequest(UUID id, @NotEmpty @Size(max = 100) List<@Valid @NotNull OrderLineRequest> lines,
                                       @Size(max = 1000) List<@NotNull UUID> requestIds) {
    }

    public record ReceivedModelRequest(@NotNull UUID modelId,
                                       @NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 100) String> serialNumbers) {
    }

    /** The supplier's invoice number as printed on it. */
    public record ReceiptRequest(UUID id, @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\p{Cntrl}]*$") String invoiceNumber,
                                 @NotNull LocalDate invoiceDate, @NotEmpty @Size(max = 100) List<@Valid @NotNull ReceivedModelRequest> items) {
    }

    public record PurchasingAccountsRequest(@NotNull UUID fixedAssetAccountId, @NotNull UUID lowValueAccountId,
                                            @NotNull UUID depreciationAccountId, @NotNull UUID disposalAccountId) {
    }

    @PostMapping("/api/v1/catalogue-models")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Add a standard model to the catalogue: type, specs, supplier, net unit price, input tax code (default VSt19)",
            description = "422 no registered supplier, a negative price, a tax code unknown, not in force or of output tax")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> addModel(@Valid @RequestBody CatalogueModelRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new PurchasingCommands.AddCatalogueModelCommand(id, r.type(), r.name().strip(),
                r.specs() == null || r.specs().isBlank() ? null : r.specs().strip(), r.supplierId(), r.unitPrice(),
                r.taxCode() == null || r.taxCode().isBlank() ? "VSt19" : r.taxCode().strip()));
        return ResponseEntity.created(URI.create("/api/v1/catalogue-models/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/api/v1/catalogue-models/{id}/discontinuation")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Take a model out of the catalogue: no longer chosen nor ordered")
    @StandardErrors.Change
    public ResponseEntity<Void> discontinue(@PathVariable UUID id) {
        commands.sendAndWait(new PurchasingCommands.DiscontinueCatalogueModelCommand(id));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/api/v1/device-requests")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Ask for a device: for a new hire (employeeId), as a replacement (replacesAssetId), or ad hoc",
            description = "422 a new hire's request without a hired employee, a replacement without a device in service")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> request(@Valid @RequestBody DeviceRequestRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new PurchasingCommands.RequestDeviceCommand(id, r.reason(), r.type(), r.employeeId(), r.replacesAssetId(),
                r.note() == null || r.note().isBlank() ? null : r.note().strip()));
        return ResponseEntity.created(URI.create("/api/v1/device-requests/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/api/v1/device-requests/{id}/approval")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Approve a request with the catalogue's model that answers it",
            description = "409 not REQUESTED; 422 the model is unknown, discontinued or of another type")
    @StandardErrors.Change
    public ResponseEntity<Void> approve(@PathVariable UUID id, @Valid @RequestBody DeviceRequestApproval r) {
        commands.sendAndWait(new PurchasingCommands.ApproveDeviceRequestCommand(id, r.modelId()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/api/v1/device-requests/{id}/rejection")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Reject a request with a reason", description = "409 not REQUESTED")
    @StandardErrors.Change
    public ResponseEntity<Void> reject(@PathVariable UUID id, @Valid @RequestBody DeviceRequestRejection r) {
        commands.sendAndWait(new PurchasingCommands.RejectDeviceRequestCommand(id, r.reason().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/api/v1/purchase-orders")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Order models of the catalogue from their supplier, fulfilling approved requests",
            description = "422 a model unknown, discontinued, twice or of another supplier; a request not APPROVED or answered by a model not ordered; 409 a request ordered at the same moment")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> order(@Valid @RequestBody PurchaseOrderRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new PurchasingCommands.PlacePurchaseOrderCommand(id,
                r.lines().stream().map(l -> new PurchasingCommands.OrderLine(l.modelId(), l.quantity())).toList(),
                r.requestIds() == null ? List.of() : List.copyOf(r.requestIds())));
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/api/v1/purchase-orders/{id}/receipts")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Receive devices of an order with the supplier's invoice: they are registered in stock and the invoice is posted, by themselves",
            description = "Follow the order for the devices and the posting. 409 a serial number already registered; 422 a model not on the order, more than is still open, a serial twice, the invoice date in a closed period, the purchasing accounts not set")
    @StandardErrors.Process
    public ResponseEntity<CreatedResponse> receive(@PathVariable UUID id, @Valid @RequestBody ReceiptRequest r) {
        UUID receipt = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new PurchasingCommands.ReceivePurchaseOrderCommand(id, receipt, r.invoiceNumber().strip(), r.invoiceDate(),
                r.items().stream().map(i -> new PurchasingCommands.ReceivedModel(i.modelId(),
                        i.serialNumbers().stream().map(String::strip).toList())).toList()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/purchase-orders/" + id)).body(new CreatedResponse(receipt));
    }

    @PostMapping("/api/v1/purchasing-accounts")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Set where IT's purchases post: fixed assets, low-value assets, their monthly depreciation, the disposal at retirement",
            description = "422 an account unknown, closed, in another currency, of a partner, or of the wrong type (fixed assets: ASSET; low-value: EXPENSE or ASSET; depreciation and disposal: EXPENSE)")
    @StandardErrors.Change
    public ResponseEntity<Void> accounts(@Valid @RequestBody PurchasingAccountsRequest r) {
        commands.sendAndWait(new PurchasingCommands.SetPurchasingAccountsCommand(PurchasingAccounts.ID, r.fixedAssetAccountId(),
                r.lowValueAccountId(), r.depreciationAccountId(), r.disposalAccountId()));
        return ResponseEntity.ok().build();
    }
}
