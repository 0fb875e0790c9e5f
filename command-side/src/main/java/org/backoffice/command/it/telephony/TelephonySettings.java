package org.backoffice.command.it.telephony;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * backoffice.telephony.default-region: the country (ISO 3166 code) a number written without its
 * country code belongs to ("030 12345600" in Berlin). Default DE.
 */
@ConfigurationProperties("backoffice.telephony")
public record TelephonySettings(@DefaultValue("DE") String defaultRegion) {
}
