package org.backoffice.query.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A replay's status is answered from one look at the processors, never half from before and half
 * from after; and a replay is not done before its rebuild from the shared stream is.
 */
class ReplayServiceTest {

    private static Map<Integer, EventTrackerStatus> at(long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        return Map.of(0, status);
    }

    @Test
    void aReplayIsNeverCompletedWithNothingProcessed() {
        StreamingEventProcessor balances = mock(StreamingEventProcessor.class);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor("balances", StreamingEventProcessor.class)).thenReturn(Optional.of(balances));
        when(balances.isRunning()).thenReturn(true);
        when(balances.shutdownAsync()).thenReturn(CompletableFuture.completedFuture(null));
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class)).thenReturn(100L);
        when(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).thenReturn(100L);
        when(jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Long.class, "balances"))
                .thenReturn(1L);
        when(jdbc.queryForObject(eq("select count(*) from domain_event_entry where global_index <= ?"), eq(Long.class), anyLong()))
                .thenAnswer(call -> (Long) call.getArgument(2));
        // Claimed before the reset; then, as the status is asked, the segment is not claimed yet at
        // the first look and has reached the head at the next one.
        Map<Integer, EventTrackerStatus> atHead = at(100);
        when(balances.processingStatus()).thenReturn(atHead, Map.of(), atHead);
        SharedStreamReplay rebuild = mock(SharedStreamReplay.class);
        doAnswer(call -> {
            SharedStreamReplay.Progress progress = call.getArgument(2);
            progress.position.set(100);
            progress.done = true;
            return null;
        }).when(rebuild).rebuild(any(), eq(100L), any());
        AuditLog log = mock(AuditLog.class);
        when(log.safeHorizon(0)).thenReturn(100L);
        ReplayService service = new ReplayService(processing, jdbc, SegmentGathering.NONE,
                new ReplaySettings(java.time.Duration.ofSeconds(1)), rebuild, log);

        UUID id = service.start(List.of("balances"));
        verify(balances, timeout(5000)).start(); // the rebuild is done; the processor goes on
        ReplayService.ReplayView first = service.status(id).orElseThrow();
        assertThat(first.status()).isEqualTo(ReplayService.Status.RUNNING);
        assertThat(first.eventsProcessed()).isZero();
        ReplayService.ReplayView second = service.status(id).orElseThrow();
        assertThat(second.status()).isEqualTo(ReplayService.Status.COMPLETED);
        assertThat(second.eventsProcessed()).isEqualTo(100);
        assertThat(second.progress()).isEqualTo(1.0);
    }
}
