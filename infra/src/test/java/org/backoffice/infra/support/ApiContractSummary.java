package org.backoffice.infra.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says at the end of the test run how many exchanges were held to the OpenAPI description
 * (printed, and written to target/api-contract.txt for the notes).
 */
public class ApiContractSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        long responses = ApiContract.RESPONSES_CHECKED.get();
        if (responses == 0) {
            return;
        }
        String line = "API contract: " + responses + " answers and " + ApiContract.REQUESTS_CHECKED.get()
                + " accepted requests validated against /v3/api-docs; exchanges that differed: "
                + ApiContract.DIFFERENCES.get();
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", "api-contract.txt"), line + System.lineSeparator());
        } catch (IOException e) {
            System.out.println("(could not write target/api-contract.txt: " + e + ")");
        }
    }
}
