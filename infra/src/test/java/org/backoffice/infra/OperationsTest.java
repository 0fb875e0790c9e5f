package org.backoffice.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest extends ApiTest {

    @Test
    void healthIsOpenToEveryone() {
        Api.Response r = api.send(null, null, "GET", "/actuator/health", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheAccountingEndpointsWithTheirErrors() {
        Api.Response r = api.send(null, null, "GET", "/v3/api-docs", null, null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().path("paths");
        assertThat(paths.has("/api/v1/accounts")).isTrue();
        assertThat(paths.has("/api/v1/transactions/{id}/reversal")).isTrue();
        assertThat(paths.has("/api/v1/reports/trial-balance")).isTrue();
        JsonNode create = paths.path("/api/v1/accounts").path("post").path("responses");
        assertThat(create.has("201")).isTrue();
        assertThat(create.has("409")).isTrue();
        assertThat(create.path("409").path("content").has("application/problem+json")).isTrue();
        assertThat(paths.path("/api/v1/transactions").path("post").path("responses").has("202")).isTrue();
        assertThat(paths.path("/api/v1/accounts/{id}").path("get").path("responses").has("404")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        Api.Response r = api.send(null, null, "GET", "/swagger-ui/index.html", null, null);
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void eventPayloadsAreStoredAsByteaNotLargeObjects() {
        String type = jdbc.queryForObject("select data_type from information_schema.columns "
                + "where table_name = 'domain_event_entry' and column_name = 'payload'", String.class);
        assertThat(type).isEqualTo("bytea");
        String sequence = jdbc.queryForObject("select pg_get_serial_sequence('domain_event_entry', 'global_index')", String.class);
        Long increment = jdbc.queryForObject("select increment_by from pg_sequences where schemaname || '.' || sequencename = ?",
                Long.class, sequence);
        assertThat(increment).isEqualTo(1L);
    }

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aFailingEventHandlerFailsItsBatchInsteadOfSkippingTheEvent() {
        assertThat(processing.eventProcessors()).containsKeys("balances", "headcount", "inventory", "trail", "offboarding",
                "payroll-payments", "payment-run-bookings", "bank-statement-matching", "bank-entry-lookup", "fiscal-period-lookup", "account-number-lookup", "document-number-lookup", "tax-rate-lookup", "company-iban-lookup", "asset-directory", "network-directory", "telephony-directory", "licence-directory", "purchasing-directory", "depreciation-register", "employee-directory", "checklist-directory");
        for (String processor : processing.eventProcessors().keySet()) {
            assertThat(processing.listenerInvocationErrorHandler(processor)).as(processor)
                    .isInstanceOf(PropagatingErrorHandler.class);
        }
    }
}
