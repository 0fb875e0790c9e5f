package org.backoffice.events.accounting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The account groups of the German statutory balance sheet (§ 266 HGB) and profit and loss
 * account (§ 275 (2) HGB, nature of expense method), in display order, and the two charts of
 * accounts that use them, SKR03 and SKR04 (resources next to this class, each row with its
 * source). Reference data shared by both sides: the command side opens accounts under these
 * groups, the query side draws the statements by them.
 */
public final class AccountGroups {

    /** Where a group belongs. */
    public enum Statement {
        ASSETS, EQUITY_AND_LIABILITIES, PROFIT_AND_LOSS;

        /** The statement an account of this type is shown in. */
        public static Statement of(AccountType type) {
            return switch (type) {
                case ASSET -> ASSETS;
                case LIABILITY, EQUITY -> EQUITY_AND_LIABILITIES;
                case REVENUE, EXPENSE -> PROFIT_AND_LOSS;
            };
        }
    }

    public record Group(String code, String parent, Statement statement, String nameDe, String nameEn) {
    }

    /** One account of a chart template; role names its purpose for the code (the bank, 19 % output tax …). */
    public record TemplateAccount(String number, String name, AccountType type, String group, String role) {
    }

    /** The group of bank and cash balances: the only party-less assets with an overdraft floor. */
    public static final String CASH_AND_BANK = "B.IV";

    private static final Map<String, Group> GROUPS = load("groups.csv", f -> new Group(f[0], blank(f[1]),
            Statement.valueOf(f[2]), f[3], f[4])).stream()
            .collect(LinkedHashMap::new, (m, g) -> m.put(g.code(), g), Map::putAll);

    private AccountGroups() {
    }

    /** Every group in display order (parents before their children). */
    public static List<Group> all() {
        return List.copyOf(GROUPS.values());
    }

    public static Optional<Group> find(String code) {
        return Optional.ofNullable(GROUPS.get(code));
    }

    /** The chart templates this product ships. */
    public enum Template {
        SKR03, SKR04;

        public List<TemplateAccount> accounts() {
            return load(name().toLowerCase() + ".csv", f -> new TemplateAccount(f[0], f[1], AccountType.valueOf(f[2]),
                    blank(f[3]), blank(f[4])));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static <T> List<T> load(String resource, Function<String[], T> row) {
        try (InputStream in = AccountGroups.class.getResourceAsStream("charts/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing chart resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(row.apply(line.split(";", -1)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
