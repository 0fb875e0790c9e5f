package org.backoffice.command.accounting.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.bank.BankStatementCommands;
import org.backoffice.command.accounting.bank.BankSettings;
import org.backoffice.command.accounting.bank.BankStatementHandler;
import org.backoffice.command.accounting.bank.CamtReader;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.accounting.ledger.web.JournalEntryCommandController.SettlementRequest;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.StandardErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bank statements in: upload a camt.053 file; assign what could not be matched. */
@RestController
@Tag(name = "Accounting")
public class BankStatementCommandController {

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final CommandGateway commands;
    private final long maxBytes;

    public BankStatementCommandController(CommandGateway commands, BankSettings settings) {
        this.commands = commands;
        this.maxBytes = settings.statementMaxSize().toBytes();
    }

    public record StatementImported(
            @Schema(description = "the stored statement; empty when nothing was new") UUID id, UUID accountId,
            @Schema(description = "the new entries stored, each matched next") int entries,
            @Schema(description = "entries an earlier statement already brought (by the bank's reference): not stored again")
            int known,
            @Schema(description = "entries not booked yet by the bank (status other than BOOK): not stored; a later "
                    + "statement brings them booked") int pending) {
    }

    @PostMapping("/api/v1/bank-statements")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Import a bank statement (ISO 20022 camt.053.001.02 or .001.08)",
            description = "The body is the statement file. Its entries are stored unless an earlier statement of the account "
                    + "brought them (the bank's reference), then matched: our transfers by end-to-end id, returns of them, "
                    + "customers' payments by document number or by IBAN and amount; the rest waits unmatched. 201 with "
                    + "what was stored; 200 when nothing was new (nothing stored). 400 malformed XML, a DOCTYPE (no DTDs, no "
                    + "entities), another message, or a missing value; 413 over the size limit; 422 the IBAN is no "
                    + "company bank account, or the statement is in a currency the account does not hold.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/xml", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/xml", schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "200", description = "Nothing new: every entry was imported before",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StatementImported.class)))
    @ApiResponse(responseCode = "413", description = "The file is larger than backoffice.bank.statement-max-size")
    @StandardErrors.Create
    public ResponseEntity<StatementImported> upload(HttpServletRequest request, Principal user)
            throws IOException, HttpMediaTypeNotSupportedException {
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML))
                || type.isWildcardSubtype()) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML));
        }
        return importStatement(read(request), user.getName());
    }

    /** Imports an uploaded file's text (also for the web page); one statement per file. */
    public ResponseEntity<StatementImported> importStatement(String xml, String user) {
        List<CamtReader.StatementFile> files;
        try {
            files = CamtReader.read(xml);
        } catch (CamtReader.UnreadableStatementException e) {
            throw StandardErrors.invalidField("file", e.getMessage());
        }
        if (files.size() != 1) {
            throw StandardErrors.invalidField("file", "the file holds " + files.size() + " account statements: upload "
                    + "one statement per file");
        }
        UUID id = UUID.randomUUID();
        BankStatementHandler.Imported imported = commands.sendAndWait(
                new BankStatementCommands.ImportBankStatement(id, files.get(0), user));
        StatementImported answer = new StatementImported(imported.statementId(), imported.accountId(), imported.entries(),
                imported.known(), imported.pending());
        if (imported.statementId() == null) {
            return ResponseEntity.ok(answer);
        }
        return ResponseEntity.created(URI.create("/api/v1/bank-statements/" + id)).body(answer);
    }

    /** The body, refused beyond the limit before it is read further. */
    private String read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        return text(bytes);
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "a statement file may have at most " + maxBytes
                + " bytes (backoffice.bank.statement-max-size)");
    }

    /** The file's text in the encoding its XML declaration names (default UTF-8). */
    public static String text(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(head.stripLeading().replace("\uFEFF", ""));
        Charset charset = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                throw StandardErrors.invalidField("file", "unknown encoding '" + m.group(1) + "' in the XML declaration");
            }
        }
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public record BankEntryAssignmentRequest(
            @Schema(description = "book it on this customer's or supplier's account; or give accountId") UUID partnerId,
            @Schema(description = "money in from a partner: the open items it settles; the rest stays unallocated")
            @Size(max = 200) List<@Valid @NotNull SettlementRequest> settles,
            @Schema(description = "book it on this account instead (fees, interest, a transfer between own accounts)")
            UUID accountId,
            @Schema(description = "or link it to this entry already in the books (a standing order's payment, a payment "
                    + "booked by hand): nothing is booked again") UUID transactionId,
            @Schema(description = "the booking's text; default from the remittance") @Size(max = 500) String text) {
    }

    @PostMapping("/api/v1/bank-statements/{id}/entries/{position}/assignment")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Book an unmatched statement entry by hand",
            description = "On a partner's account (money in settling the given items of that partner, the rest "
                    + "unallocated), on another account, or linked to an entry already in the books (transactionId, "
                    + "nothing booked again). 404 no such statement or entry; 409 the entry is booked "
                    + "already; 422 an unknown partner or account, or a settlement that does not fit.")
    @StandardErrors.Change
    public ResponseEntity<Void> assign(@PathVariable UUID id, @PathVariable int position,
                                       @Valid @RequestBody BankEntryAssignmentRequest r, Principal user) {
        if ((r.partnerId() != null ? 1 : 0) + (r.accountId() != null ? 1 : 0) + (r.transactionId() != null ? 1 : 0) != 1) {
            throw StandardErrors.invalidField("partnerId", "give one of partnerId, accountId and transactionId");
        }
        List<Settlement> settles = new ArrayList<>();
        if (r.settles() != null) {
            if (r.partnerId() == null) {
                throw StandardErrors.invalidField("settles", "settles only with partnerId");
            }
            for (int i = 0; i < r.settles().size(); i++) {
                if (!r.settles().get(i).amount().isPositive()) {
                    throw StandardErrors.invalidField("settles[" + i + "].amount.amount", "must be greater than zero");
                }
                settles.add(new Settlement(r.settles().get(i).itemId(), r.settles().get(i).amount()));
            }
        }
        commands.sendAndWait(new BankStatementCommands.AssignBankEntry(id, position, r.partnerId(), settles, r.accountId(),
                r.transactionId(), r.text() == null ? null : r.text().strip(), user.getName()));
        return ResponseEntity.ok().build();
    }
}
