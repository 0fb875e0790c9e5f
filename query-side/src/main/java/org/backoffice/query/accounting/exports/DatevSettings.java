package org.backoffice.query.accounting.exports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * backoffice.datev.*: the numbers the tax adviser's DATEV knows the company by, written into the
 * header of every DATEV file: consultantNumber (Beraternummer, 1001–9999999) and clientNumber
 * (Mandantennummer, 1–99999). The defaults are placeholders the adviser replaces.
 */
@ConfigurationProperties("backoffice.datev")
public record DatevSettings(@DefaultValue("1001") int consultantNumber, @DefaultValue("1") int clientNumber) {

    public DatevSettings {
        if (consultantNumber < 1001 || consultantNumber > 9_999_999) {
            throw new IllegalArgumentException("backoffice.datev.consultant-number must be from 1001 to 9999999");
        }
        if (clientNumber < 1 || clientNumber > 99_999) {
            throw new IllegalArgumentException("backoffice.datev.client-number must be from 1 to 99999");
        }
    }
}
