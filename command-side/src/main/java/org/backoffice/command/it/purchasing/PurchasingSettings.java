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
public record PurchasingSettings(@DefaultValue("800.00") BigDecimal lowValueThreshold, @DefaultValue("EUR") String currency,
                                 java.util.Map<org.backoffice.events.it.AssetType, Integer> usefulLifeMonths) {

    public Money threshold() {
        return new Money(lowValueThreshold, currency);
    }

    /**
     * The months a fixed asset of the type is depreciated over: backoffice.it.useful-life-months.TYPE,
     * by default the German AfA table's (computers and their peripherals 3 years, telephones and
     * network devices 5 years). Since 2021 computer hardware may be depreciated over one year
     * (BMF, 26 February 2021); a company that chooses that sets 12.
     */
    public int lifeOf(org.backoffice.events.it.AssetType type) {
        Integer set = usefulLifeMonths == null ? null : usefulLifeMonths.get(type);
        if (set != null) {
            if (set < 1 || set > 600) {
                throw new IllegalStateException("backoffice.it.useful-life-months." + type + " must be 1 to 600 months, not " + set);
            }
            return set;
        }
        return switch (type) {
            case LAPTOP, DESKTOP, MONITOR, PRINTER -> 36;
            case PHONE, PHONE_LINE, SIM_CARD, NETWORK_DEVICE, OTHER -> 60;
        };
    }
}
