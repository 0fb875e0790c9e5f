package org.backoffice.infra.support;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** IT steps through the REST API as the IT user. */
public final class It {

    private final Api api;

    public It(Api api) {
        this.api = api;
    }

    public String register(String type, String model) {
        Api.Response r = api.post("it", "/api/v1/assets", "{\"type\": \"" + type + "\", \"serialNumber\": \""
                + type.charAt(0) + "-" + UUID.randomUUID() + "\", \"model\": \"" + model + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    public Api.Response assign(String asset, String employee) {
        return api.post("it", "/api/v1/assets/" + asset + "/assignment", "{\"employeeId\": \"" + employee + "\"}");
    }

    public String status(String asset) {
        Api.Response r = api.get("it", "/api/v1/assets/" + asset);
        return r.status() == 200 ? r.text("status") : "";
    }
}
