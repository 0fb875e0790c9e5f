package org.backoffice.command.accounting.bank;

import java.util.List;
import java.util.UUID;

/** The partners whose bank details carry an IBAN (read from the partners read model; confirmed on the partner). */
public interface PartnerIbans {

    List<UUID> partnersWith(String iban);
}
