package org.backoffice.infra.axon;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application refuses to start on settings under which a late commit could be skipped. */
class GapTimeoutGuardTest {

    @Test
    void theGapTimeoutMustExceedTwiceTheTransactionBound() {
        assertThatCode(() -> AxonStorageConfiguration.requireGapTimeoutAboveTransactionBound(
                Duration.ofSeconds(60), Duration.ofSeconds(20))).doesNotThrowAnyException();
        assertThatThrownBy(() -> AxonStorageConfiguration.requireGapTimeoutAboveTransactionBound(
                Duration.ofSeconds(40), Duration.ofSeconds(20))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than twice");
        assertThatThrownBy(() -> AxonStorageConfiguration.requireGapTimeoutAboveTransactionBound(
                Duration.ofSeconds(60), Duration.ZERO)).isInstanceOf(IllegalStateException.class);
    }
}
