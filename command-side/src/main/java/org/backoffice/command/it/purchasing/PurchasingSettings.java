package org.backoffice.command.it.purchasing;

import org.backoffice.events.common.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * backoffice.it.low-value-threshold (default 800.00) and backoffice.it.currency (default EUR): a
 * device bought for at most this much net is a low-value asset (in Germany a "geringwertiges
 * Wirtschaftsgut", § 6 (2) EStG, 800 EUR net since 2018), expensed at once instead of depreciated.
 */
@ConfigurationProperties("backoffice.it")
public record PurchasingSettings(@DefaultValue("800.00") BigDecimal lowValueThreshold, @DefaultValue("EUR") String currency) {

    public Money threshold() {
        return new Money(lowValueThreshold, currency);
    }
}
