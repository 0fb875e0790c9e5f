package org.backoffice.command.it.telephony;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.backoffice.events.it.NumberBlockKind;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.backoffice.command.common.StandardErrors.invalidField;

/**
 * Phone numbers as Google's libphonenumber reads them: written in any usual way ("+49 30
 * 1234-5600", "030 12345600" with the company's region), kept in E.164 ("+493012345600") and
 * only when valid for their country; extensions as 2 to 6 digits, not starting with 0 (the
 * phone system's prefix for an outside line).
 */
public final class NumberPlan {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private NumberPlan() {
    }

    public static String canonical(NumberBlockKind kind, String field, String text, String region) {
        return kind == NumberBlockKind.EXTERNAL ? external(field, text, region) : extension(field, text);
    }

    public static String external(String field, String text, String region) {
        Phonenumber.PhoneNumber n;
        try {
            n = PHONES.parse(text, region);
        } catch (NumberParseException e) {
            throw invalidField(field, "\"" + text + "\" is not a phone number (" + e.getMessage() + ")");
        }
        if (n.hasExtension() || !PHONES.isValidNumber(n)) {
            throw invalidField(field, "\"" + text + "\" is not a valid phone number"
                    + (PHONES.getRegionCodeForNumber(n) == null ? "" : " in " + PHONES.getRegionCodeForNumber(n)));
        }
        return PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    public static String extension(String field, String text) {
        String digits = text.strip();
        if (!digits.matches("[1-9][0-9]{1,5}")) {
            throw invalidField(field, "\"" + text + "\" is not an extension: 2 to 6 digits, not starting with 0");
        }
        return digits;
    }

    /** A canonical number as the value it counts up from. */
    public static long value(String canonical) {
        return Long.parseLong(canonical.startsWith("+") ? canonical.substring(1) : canonical);
    }

    public static String of(NumberBlockKind kind, long value) {
        return kind == NumberBlockKind.EXTERNAL ? "+" + value : Long.toString(value);
    }

    /** For display: "+49 30 12345600" (international format); an extension as it is. */
    public static String display(String canonical) {
        if (!canonical.startsWith("+")) {
            return canonical;
        }
        try {
            return PHONES.format(PHONES.parse(canonical, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return canonical;
        }
    }

    /** The aggregate id of a number: one per number, whichever block it lies in (blocks do not overlap). */
    public static UUID numberId(String canonical) {
        return UUID.nameUUIDFromBytes(("phone-number:" + canonical).getBytes(StandardCharsets.UTF_8));
    }
}
