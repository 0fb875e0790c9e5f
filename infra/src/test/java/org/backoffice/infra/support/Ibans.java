package org.backoffice.infra.support;

import org.iban4j.CountryCode;
import org.iban4j.Iban;

import java.util.concurrent.ThreadLocalRandom;

/** Valid German IBANs no other test uses (random account numbers at a real bank code). */
public final class Ibans {

    private Ibans() {
    }

    public static String fresh() {
        return new Iban.Builder().countryCode(CountryCode.DE).bankCode("37040044")
                .accountNumber(String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L))).build().toString();
    }
}
