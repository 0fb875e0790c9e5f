package org.backoffice.events.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amountsAreKeptAtTheCurrencysMinorUnit() {
        assertThat(Money.of("125.5", "EUR").amount()).isEqualTo(new BigDecimal("125.50"));
        assertThat(Money.of("100", "JPY").amount()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void moreDigitsThanTheMinorUnitAreRefused() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 2 decimal digits");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trailingZerosBeyondTheMinorUnitAreNotExtraPrecision() {
        assertThat(Money.of("1.2500", "EUR")).isEqualTo(Money.of("1.25", "EUR"));
    }

    @Test
    void absurdlyLargeAmountsAreRefused() {
        assertThat(Money.of("999999999999999999.99", "EUR").amount()).hasToString("999999999999999999.99");
        assertThatThrownBy(() -> Money.of("1e400000", "EUR")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Money.of("1000000000000000000", "EUR")).hasMessageContaining("too large");
    }

    @Test
    void unknownCurrenciesAreRefused() {
        assertThatThrownBy(() -> Money.of("1", "EURO")).hasMessageContaining("unknown currency");
        assertThatThrownBy(() -> Money.of("1", "XYZ")).hasMessageContaining("unknown currency");
        assertThatThrownBy(() -> Money.of("1", "eur")).hasMessageContaining("unknown currency");
    }

    @Test
    void arithmeticRefusesToMixCurrencies() {
        assertThat(Money.of("1.10", "EUR").plus(Money.of("2.20", "EUR"))).isEqualTo(Money.of("3.30", "EUR"));
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD"))).hasMessageContaining("mismatch");
    }
}
