package org.backoffice.infra.web.ui;

import jakarta.servlet.http.HttpServletRequest;

/** What the signed-in user's roles allow a page to show (the security chain guards the actions). */
public final class Roles {

    private Roles() {
    }

    public static boolean any(HttpServletRequest request, String... roles) {
        for (String role : roles) {
            if (request.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }
}
