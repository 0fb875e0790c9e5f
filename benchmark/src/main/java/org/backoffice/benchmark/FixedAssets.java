package org.backoffice.benchmark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.backoffice.benchmark.Api.quote;
import static org.backoffice.benchmark.Report.fmt;

/**
 * A month's depreciation at size (issue 19's target): N laptops (10,000; 1,000 with --quick)
 * bought over REST with invoices dated last month (ten models of 1,000, received 1,000 at a
 * time), each above the low-value threshold so that each is a fixed asset. The recurring task
 * (checked every 2 s here) then posts last month's depreciation of all of them as one entry:
 * measured from the register being complete until the month is posted, with PostgreSQL's own
 * time for the set-based query that computes it.
 */
final class FixedAssets {

    private final Api api;
    private final EventGenerator store;
    private final Report report;
    private final int n;
    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    FixedAssets(Api api, EventGenerator store, Report report, boolean quick) {
        this.api = api;
        this.store = store;
        this.report = report;
        this.n = quick ? 1_000 : 10_000;
    }

    private String account(String number, String type) {
        return api.expect("/api/v1/accounts", "{\"number\": " + quote("A" + tag + number) + ", \"name\": " + quote(number)
                + ", \"type\": " + quote(type) + ", \"currency\": \"EUR\"}", 201).text("id");
    }

    void run() throws Exception {
        String fixed = account("0490", "ASSET");
        String low = account("4855", "EXPENSE");
        String depreciation = account("4830", "EXPENSE");
        String vat = account("1576", "ASSET");
        String code = "B" + tag.substring(0, Math.min(8, tag.length()));
        api.expect("/api/v1/tax-codes", "{\"code\": " + quote(code) + ", \"name\": \"Vorsteuer\", \"kind\": \"INPUT\", "
                + "\"validFrom\": \"2020-01-01\", \"rate\": \"19\", \"taxAccountId\": " + quote(vat) + "}", 201);
        String supplier = api.expect("/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": " + quote("Supplier " + tag) + "}", 201).text("id");
        api.expect("/api/v1/purchasing-accounts", "{\"fixedAssetAccountId\": " + quote(fixed) + ", \"lowValueAccountId\": " + quote(low)
                + ", \"depreciationAccountId\": " + quote(depreciation) + ", \"disposalAccountId\": " + quote(low) + "}", 200);
        LocalDate invoiceDate = YearMonth.now(ZoneOffset.UTC).minusMonths(1).atDay(15);
        int models = n / 1000;
        List<String> ids = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (int m = 0; m < models; m++) {
            String model = api.expect("/api/v1/catalogue-models", "{\"type\": \"LAPTOP\", \"name\": " + quote("Laptop " + tag + "-" + m)
                    + ", \"supplierId\": " + quote(supplier) + ", \"unitPrice\": {\"amount\": \"1234.56\", \"currency\": \"EUR\"}, "
                    + "\"taxCode\": " + quote(code) + "}", 201).text("id");
            ids.add(model);
            lines.append(m == 0 ? "" : ", ").append("{\"modelId\": ").append(quote(model)).append(", \"quantity\": 1000}");
        }
        String order = api.expect("/api/v1/purchase-orders", "{\"lines\": [" + lines + "]}", 201).text("id");
        Log.info("fixed assets: %d laptops received in receipts of 1,000, invoices dated %s", n, invoiceDate);
        long started = System.nanoTime();
        for (int m = 0; m < models; m++) {
            StringBuilder serials = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                serials.append(i == 0 ? "" : ", ").append(quote("FA-" + tag + "-" + m + "-" + i));
            }
            api.expect("/api/v1/purchase-orders/" + order + "/receipts", "{\"invoiceNumber\": " + quote("RE-" + tag + "-" + m)
                    + ", \"invoiceDate\": " + quote(invoiceDate.toString()) + ", \"items\": [{\"modelId\": " + quote(ids.get(m))
                    + ", \"serialNumbers\": [" + serials + "]}]}", 202);
        }
        String month = YearMonth.from(invoiceDate).toString();
        while (!posted(order, models)) {
            Thread.sleep(200);
        }
        double receiptSeconds = (System.nanoTime() - started) / 1e9;
        report.row(fmt("fixed assets: %,d laptops received (%d receipt(s) of 1,000), registered and their invoices posted", n, models),
                fmt("%.1f s", receiptSeconds));
        long registered = System.nanoTime();
        String run;
        while ((run = runOf(month)) == null) {
            Thread.sleep(100);
        }
        double runSeconds = (System.nanoTime() - registered) / 1e9;
        report.row(fmt("fixed assets: %s's depreciation of %,d laptops posted by itself, from the last invoice's posting", month, n),
                fmt("%.1f s (the task is checked every 2 s): %s", runSeconds, run), "one step within the transaction bound (60 s)", runSeconds < 60);
        String plan = store.explain("select asset_account_id, depreciation_account_id, currency, count(*), sum(due) from ("
                + "select asset_account_id, depreciation_account_id, currency, it_depreciation_through(cost, life_months, acquired, date '"
                + YearMonth.from(invoiceDate).atEndOfMonth() + "') - depreciated as due from fixed_asset_register where not disposed) d "
                + "where due > 0 group by 1, 2, 3");
        String time = plan.replaceAll(".*Execution Time: ([0-9.]+ ms).*", "$1");
        report.row(fmt("fixed assets: PostgreSQL's time for the month's set-based query over the register"), time);
    }

    private boolean posted(String order, int receipts) {
        Api.Response r = api.get("/api/v1/purchase-orders/" + order);
        int done = 0;
        for (var receipt : r.json().path("receipts")) {
            if (!receipt.path("entryId").isNull() && !receipt.path("entryId").isMissingNode()) {
                done++;
            }
        }
        return done == receipts;
    }

    private String runOf(String month) {
        for (var run : api.get("/api/v1/depreciation-runs").json().path("runs")) {
            if (run.path("month").asText().equals(month) && run.path("assets").asInt() > 0) {
                return run.path("assets").asInt() + " assets, " + run.path("total").path("amount").asText() + " EUR";
            }
        }
        return null;
    }
}
