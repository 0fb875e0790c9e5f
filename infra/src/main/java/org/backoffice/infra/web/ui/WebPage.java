package org.backoffice.infra.web.ui;

import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the web back office (Thymeleaf pages). The pages live with their department
 * (infra.accounting, infra.hr, ...); this marks them for what all pages share: errors shown as a
 * page, and "just a moment" while a read model catches up (PageErrors).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {
}
