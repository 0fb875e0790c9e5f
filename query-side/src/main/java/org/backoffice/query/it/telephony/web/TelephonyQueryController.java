package org.backoffice.query.it.telephony.web;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.common.QueryParams;
import org.backoffice.query.it.telephony.TelephonyQueries;
import org.backoffice.query.it.telephony.TelephonyQueries.FreeNumbers;
import org.backoffice.query.it.telephony.TelephonyQueries.NumberBlockView;
import org.backoffice.query.it.telephony.TelephonyQueries.PhoneNumberView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.UUID;

@RestController
@Tag(name = "IT")
public class TelephonyQueryController {

    private static final String AS_OF = "now, or as of an instant (ISO-8601, or a date = its end)";

    public enum NumberBlockKindFilter { EXTERNAL, EXTENSIONS }

    private final QueryGateway queries;
    private final String region;

    public TelephonyQueryController(QueryGateway queries, @Value("${backoffice.telephony.default-region:DE}") String region) {
        this.queries = queries;
        this.region = region;
    }

    private static Instant asOf(String asOf) {
        return QueryParams.instantOrDate("asOf", asOf, true);
    }

    @GetMapping("/api/v1/number-blocks")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The company's number blocks with the numbers assigned and the next free one")
    @QueryErrors.List
    public PageView<NumberBlockView> blocks(@RequestParam(required = false) NumberBlockKindFilter kind,
                                            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new TelephonyQueries.FindNumberBlocks(kind == null ? null : kind.name(), asOf(asOf), p.page(), p.size()),
                TelephonyQueries.NumberBlockList.class).join().page();
    }

    @GetMapping("/api/v1/number-blocks/{id}")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "One number block")
    @QueryErrors.Item
    public NumberBlockView block(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return queries.query(new TelephonyQueries.FindNumberBlock(id, asOf(asOf)), ResponseTypes.optionalInstanceOf(NumberBlockView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "number block " + id + " does not exist"
                        + (asOf == null ? "" : " at " + asOf)));
    }

    @GetMapping("/api/v1/number-blocks/{id}/numbers")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The numbers of a block held by employees or devices, in number order")
    @QueryErrors.List
    public PageView<PhoneNumberView> numbers(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        block(id, asOf);
        return held(id, null, null, asOf, page, size);
    }

    private PageView<PhoneNumberView> held(UUID block, UUID employee, UUID asset, String asOf, Integer page, Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new TelephonyQueries.FindNumbers(block, employee, asset, asOf(asOf), p.page(), p.size()),
                TelephonyQueries.PhoneNumberList.class).join().page();
    }

    @GetMapping("/api/v1/number-blocks/{id}/numbers/{number}")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "A number of a block: its holder now, or its last holder and when it was released")
    @QueryErrors.Item
    public PhoneNumberView number(@PathVariable UUID id, @PathVariable String number) {
        NumberBlockView block = block(id, null);
        String canonical = "EXTERNAL".equals(block.kind()) ? e164(number) : number.strip();
        return queries.query(new TelephonyQueries.FindNumber(id, canonical), ResponseTypes.optionalInstanceOf(PhoneNumberView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        canonical + " has never been assigned in block " + id));
    }

    private String e164(String number) {
        try {
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            return phones.format(phones.parse(number, region), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "\"" + number + "\" is not a phone number");
        }
    }

    @GetMapping("/api/v1/number-blocks/{id}/free-numbers")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The lowest free numbers of a block, next free first")
    @QueryErrors.Item
    public FreeNumbers freeNumbers(@PathVariable UUID id,
                                   @Parameter(description = "how many, 1–100 (default 10)") @RequestParam(required = false) Integer limit) {
        if (limit != null && (limit < 1 || limit > 100)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 100");
        }
        block(id, null);
        return queries.query(new TelephonyQueries.FindFreeNumbers(id, limit == null ? 10 : limit), FreeNumbers.class).join();
    }

    @GetMapping("/api/v1/phone-numbers")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The numbers and extensions held, by any block, filtered by employee or device")
    @QueryErrors.List
    public PageView<PhoneNumberView> held(@RequestParam(required = false) UUID employeeId, @RequestParam(required = false) UUID assetId,
                                          @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return held(null, employeeId, assetId, asOf, page, size);
    }
}
