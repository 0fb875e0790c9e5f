package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.TaxKind;
import org.backoffice.events.accounting.TaxRole;
import org.backoffice.events.common.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The legs an entry posts: each line as entered, and after each taxed line the tax lines its
 * code makes. The tax is rounded half-up to the currency's minor unit per line, as an invoice
 * states it per line. A taxed line keeps its side; its tax goes to the same side (output tax on
 * a sale's credit, input tax on a purchase's debit: a credit note's debit takes both back); a
 * reverse charge posts the input tax on the line's side and the same output tax on the other.
 */
public final class TaxLegs {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxLegs() {
    }

    /** One line as entered, with the rate of its tax code on the booking day (null: untaxed). */
    public record TaxedLine(EntryLeg line, TaxRate rate) {
    }

    /** The legs to post, and for each the index of the line it comes from (to name it in an answer). */
    public record Expanded(List<EntryLeg> legs, List<Integer> lines) {

        /** The field of the line a leg came from: legs[5].accountId of the posting is legs[3].accountId entered. */
        public String lineField(String legField) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^legs\\[(\\d+)](.*)$").matcher(legField);
            if (!m.matches()) {
                return legField;
            }
            int leg = Integer.parseInt(m.group(1));
            return leg < lines.size() ? "legs[" + lines.get(leg) + "]" + m.group(2) : legField;
        }
    }

    public static Expanded expand(List<TaxedLine> lines, TaxAmounts amounts) {
        List<EntryLeg> legs = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            while (origins.size() < legs.size()) {
                origins.add(i - 1);
            }
            TaxedLine l = lines.get(i);
            EntryLeg line = l.line();
            TaxRate rate = l.rate();
            if (rate == null) {
                legs.add(line);
                continue;
            }
            Money entered = line.amount();
            boolean taxIncluded = amounts == TaxAmounts.GROSS
                    && (rate.kind() == TaxKind.OUTPUT || rate.kind() == TaxKind.INPUT);
            Money tax = taxOf(entered, rate.rate(), taxIncluded);
            Money base = taxIncluded ? entered.minus(tax) : entered;
            legs.add(new EntryLeg(line.accountId(), line.side(), base, rate.code(), TaxRole.BASE));
            if (tax.amount().signum() == 0) {
                continue;
            }
            switch (rate.kind()) {
                case OUTPUT -> legs.add(new EntryLeg(rate.taxAccountId(), line.side(), tax, rate.code(), TaxRole.OUTPUT_TAX));
                case INPUT -> legs.add(new EntryLeg(rate.taxAccountId(), line.side(), tax, rate.code(), TaxRole.INPUT_TAX));
                case REVERSE_CHARGE -> {
                    legs.add(new EntryLeg(rate.inputTaxAccountId(), line.side(), tax, rate.code(), TaxRole.INPUT_TAX));
                    legs.add(new EntryLeg(rate.taxAccountId(), line.side().opposite(), tax, rate.code(), TaxRole.OUTPUT_TAX));
                }
                case TAX_FREE -> {
                }
            }
        }
        while (origins.size() < legs.size()) {
            origins.add(lines.size() - 1);
        }
        return new Expanded(List.copyOf(legs), List.copyOf(origins));
    }

    /** The tax on a net amount, or the tax contained in a gross one, rounded half-up per line. */
    public static Money taxOf(Money amount, BigDecimal ratePercent, boolean included) {
        int digits = Math.max(Currency.getInstance(amount.currency()).getDefaultFractionDigits(), 0);
        BigDecimal tax = included
                ? amount.amount().multiply(ratePercent).divide(HUNDRED.add(ratePercent), digits, RoundingMode.HALF_UP)
                : amount.amount().multiply(ratePercent).divide(HUNDRED, digits, RoundingMode.HALF_UP);
        return new Money(tax, amount.currency());
    }
}
