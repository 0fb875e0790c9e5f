package org.backoffice.query.accounting.exports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backoffice.query.accounting.exports.DatevExport;
import org.backoffice.query.common.Allowed;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.security.Principal;
import java.time.LocalDate;

@RestController
@Tag(name = "Accounting")
public class ExportController {

    /** DATEV's files are CSV in Windows-1252. */
    public static final String DATEV_CSV = "text/csv;charset=windows-1252";
    private final DatevExport datev;
    private final org.backoffice.query.accounting.exports.GobdExport gobd;

    public ExportController(DatevExport datev, org.backoffice.query.accounting.exports.GobdExport gobd) {
        this.datev = datev;
        this.gobd = gobd;
    }

    @GetMapping(value = "/api/v1/exports/gobd", produces = "application/zip")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "A fiscal year's data for the tax audit (GoBD): CSV files with their GDPdU index.xml, in one ZIP",
            description = "The journal (every line of every entry booked in the year), the accounts, the partners and "
                    + "the open items at the year's end, described by index.xml after the GDPdU description standard "
                    + "of 1 August 2002 (its DTD beside it). The fiscal year of that name, or the calendar year when "
                    + "none is defined. A year without entries gives the files with their header lines. Streamed. "
                    + "400 a year outside 1900–2999.")
    @ApiResponse(responseCode = "200", description = "The ZIP", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<StreamingResponseBody> gobd(@RequestParam int year) {
        if (year < 1900 || year > 2999) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be from 1900 to 2999");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gobd-" + year + ".zip\"")
                .body(out -> gobd.write(year, out));
    }

    @GetMapping(value = "/api/v1/exports/datev/bookings", produces = DATEV_CSV)
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The entries booked from `from` to `to` as a DATEV Buchungsstapel (EXTF 700, format version 13)",
            description = "One calendar year at most (DATEV reads the year from the header). Written as it is read: "
                    + "any size in constant memory. A range without entries is a file with its header and headings. "
                    + "400 a range in reverse or across years; 422 an account whose number DATEV cannot take.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DATEV_CSV,
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "422", description = "An account of the range has a number DATEV cannot take")
    public ResponseEntity<StreamingResponseBody> datevBookings(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal user) {
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to must not be before from");
        }
        if (to.getYear() != from.getYear()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a DATEV batch lies in one calendar year: "
                    + "export " + from.getYear() + " and " + to.getYear() + " on their own");
        }
        datev.problem(from, to).ifPresent(problem -> {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, problem);
        });
        String name = "EXTF_Buchungsstapel_" + from + "_" + to + ".csv";
        return download(name, out -> datev.bookings(from, to, user.getName(), out));
    }

    @GetMapping(value = "/api/v1/exports/datev/opening-balances", produces = DATEV_CSV)
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The balances carried into a fiscal year as a DATEV Buchungsstapel of its first day (EB-Werte)",
            description = "Each balance-sheet account's balance carried by closing the year before, against the chart's "
                    + "Saldenvorträge account (9000). 404 no such fiscal year; 409 the year before is not closed; 422 a "
                    + "carried account whose number DATEV cannot take (named).")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DATEV_CSV,
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such fiscal year")
    @ApiResponse(responseCode = "409", description = "Nothing was carried into the year yet")
    @ApiResponse(responseCode = "422", description = "A carried account has a number DATEV cannot take")
    public ResponseEntity<StreamingResponseBody> datevOpeningBalances(@RequestParam int year, Principal user) {
        datev.openingBalancesProblem(year).ifPresent(problem -> {
            throw new ResponseStatusException(problem.startsWith("there is no") ? HttpStatus.NOT_FOUND
                    : problem.startsWith("DATEV") ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CONFLICT, problem);
        });
        return download("EXTF_Saldenvortraege_" + year + ".csv", out -> datev.openingBalances(year, user.getName(), out));
    }

    @GetMapping(value = "/api/v1/exports/datev/accounts", produces = DATEV_CSV)
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The general ledger accounts' names as DATEV Kontenbeschriftungen (EXTF 700, format version 3)",
            description = "Every account of no partner or employee whose number DATEV can take (1 to 9 digits), by number.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DATEV_CSV,
            schema = @Schema(type = "string")))
    public ResponseEntity<StreamingResponseBody> datevAccounts(Principal user) {
        return download("EXTF_Kontenbeschriftungen.csv", out -> datev.accounts(user.getName(), out));
    }

    static ResponseEntity<StreamingResponseBody> download(String name, StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DATEV_CSV))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
