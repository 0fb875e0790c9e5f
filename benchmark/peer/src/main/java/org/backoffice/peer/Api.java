package org.backoffice.peer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.Map;

/**
 * POST /accounts, POST /transfers (answered after the command's unit of work has committed: the
 * gateway waits for the handler, which runs in this thread) and GET /accounts/{id} from the
 * read model.
 */
@RestController
public class Api {

    public record OpenAccountRequest(String id, String number, String type) {
    }

    public record TransferRequest(String id, String from, String to, BigDecimal amount) {
    }

    private final CommandGateway commands;
    private final BalanceRows balances;

    public Api(CommandGateway commands, BalanceRows balances) {
        this.commands = commands;
        this.balances = balances;
    }

    @PostMapping("/accounts")
    public ResponseEntity<Map<String, Object>> open(@RequestBody OpenAccountRequest request) {
        commands.sendAndWait(new Messages.OpenAccount(request.id(), request.number(),
                request.type() == null ? "ASSET" : request.type()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", request.id()));
    }

    @PostMapping("/transfers")
    public ResponseEntity<Map<String, Object>> transfer(@RequestBody TransferRequest request) {
        commands.sendAndWait(new Messages.Transfer(request.id(), request.from(), request.to(), request.amount()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", request.id(), "status", "COMPLETED"));
    }

    @GetMapping("/accounts/{id}")
    public ResponseEntity<Map<String, Object>> account(@PathVariable String id) {
        return balances.findById(id)
                .map(row -> ResponseEntity.ok(Map.<String, Object>of("id", row.getId(), "number", row.getNumber(),
                        "balance", row.getBalance().toPlainString())))
                .orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(AggregateNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler({Account.InsufficientFunds.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, Object>> refused(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("error", String.valueOf(e.getMessage())));
    }

    /** An id used before, or two units of work appending to one stream at once (never with one instance). */
    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class})
    ResponseEntity<Map<String, Object>> conflict(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", String.valueOf(e.getMessage())));
    }
}
