package org.backoffice.query.accounting.reports;

import org.backoffice.events.accounting.TaxKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The boxes of the VAT advance return, summed from the tax-coded debits and credits of the
 * entries booked in its period: one rule for the return the accountant reads and the one a
 * period's seal is taken of.
 */
public final class VatBoxes {

    /** The boxes a tax code reports its taxed amounts, its tax and its input tax in. */
    public record TaxCodeBoxes(TaxKind kind, String baseBox, String taxBox, String inputTaxBox) {
    }

    /** The order of the boxes on the form. */
    private static final List<String> BOX_ORDER = List.of("41", "81", "86", "46", "47", "84", "85", "66", "67");

    private final Map<String, BigDecimal[]> boxes = new TreeMap<>(); // box -> {base, tax}
    private BigDecimal outputTax = BigDecimal.ZERO;
    private BigDecimal inputTax = BigDecimal.ZERO;

    /** Adds what the legs of one tax code in one role (BASE, OUTPUT_TAX, INPUT_TAX) debited and credited. */
    public void add(TaxCodeBoxes code, String role, BigDecimal debit, BigDecimal credit) {
        switch (role) {
            case "BASE" -> {
                // Sales are reported by their credits, purchases (reverse charge) by their debits.
                BigDecimal base = code.kind() == TaxKind.REVERSE_CHARGE || code.kind() == TaxKind.INPUT
                        ? debit.subtract(credit) : credit.subtract(debit);
                if (code.baseBox() != null) {
                    box(code.baseBox())[0] = add(box(code.baseBox())[0], base);
                }
            }
            case "OUTPUT_TAX" -> {
                BigDecimal tax = credit.subtract(debit);
                String box = code.kind() == TaxKind.OUTPUT ? code.baseBox() : code.taxBox();
                if (box != null) {
                    box(box)[1] = add(box(box)[1], tax);
                }
                outputTax = outputTax.add(tax);
            }
            case "INPUT_TAX" -> {
                BigDecimal tax = debit.subtract(credit);
                String box = code.kind() == TaxKind.INPUT ? code.taxBox() : code.inputTaxBox();
                if (box != null) {
                    box(box)[1] = add(box(box)[1], tax);
                }
                inputTax = inputTax.add(tax);
            }
            default -> {
            }
        }
    }

    private BigDecimal[] box(String box) {
        return boxes.computeIfAbsent(box, b -> new BigDecimal[2]);
    }

    /** A box with its taxed amount and tax (either empty when the box reports only the other). */
    public record Box(String box, BigDecimal base, BigDecimal tax) {
    }

    /** The boxes reported, in the form's order (boxes the form does not list after them). */
    public List<Box> boxes() {
        List<String> order = new ArrayList<>(BOX_ORDER);
        boxes.keySet().stream().filter(b -> !order.contains(b)).forEach(order::add);
        List<Box> result = new ArrayList<>();
        for (String box : order) {
            BigDecimal[] v = boxes.get(box);
            if (v != null) {
                result.add(new Box(box, v[0], v[1]));
            }
        }
        return result;
    }

    public BigDecimal outputTax() {
        return outputTax;
    }

    public BigDecimal inputTax() {
        return inputTax;
    }

    /** Output tax minus input tax (box 83); negative: a refund. */
    public BigDecimal payable() {
        return outputTax.subtract(inputTax);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        return sum == null ? value : sum.add(value);
    }
}
