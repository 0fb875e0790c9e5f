package org.backoffice.infra.web.ui;

import org.springframework.security.access.AccessDeniedException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.backoffice.command.common.InvalidRequestException;
import org.backoffice.infra.web.ProblemHandler;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A submitted form becomes exactly the request body the REST API reads: the fields are put into
 * a JSON object (a dotted name such as "amount.currency" into a nested one) and read by the
 * application's own strict ObjectMapper into the API's request record, then validated by the
 * same constraints. So a form accepts and refuses what the API accepts and refuses, and says
 * why in the same plain words, next to the field.
 */
@Component
public class Forms {

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("([A-Za-z]+)\\[(\\d{1,3})]");

    private final ObjectMapper mapper;
    private final Validator validator;

    Forms(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The outcome of reading a form: the request, or what is wrong with each field. */
    record Read<T>(T request, Map<String, String> errors) {
    }

    <T> Read<T> read(MultiValueMap<String, String> form, Class<T> type, Set<String> lists) {
        ObjectNode body = mapper.createObjectNode();
        form.forEach((name, values) -> {
            if (name.startsWith("_") || values == null) {
                return; // the CSRF token and other form plumbing
            }
            List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (given.isEmpty()) {
                return; // an empty field is an absent field, as an absent JSON property
            }
            ObjectNode parent = body;
            String[] path = name.split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                java.util.regex.Matcher row = ROW.matcher(path[i]);
                if (row.matches()) {
                    // "legs[2].amount": the third object of the list "legs" (rows the page numbers 0, 1, 2, …).
                    ArrayNode rows = parent.has(row.group(1)) && parent.get(row.group(1)).isArray()
                            ? (ArrayNode) parent.get(row.group(1)) : parent.putArray(row.group(1));
                    int index = Integer.parseInt(row.group(2));
                    while (rows.size() <= index) {
                        rows.addNull();
                    }
                    if (!rows.get(index).isObject()) {
                        rows.set(index, mapper.createObjectNode());
                    }
                    parent = (ObjectNode) rows.get(index);
                    continue;
                }
                parent = parent.has(path[i]) && parent.get(path[i]).isObject()
                        ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            String leaf = path[path.length - 1];
            if (lists.contains(name)) {
                ArrayNode array = parent.putArray(leaf);
                given.forEach(v -> array.add(v.strip()));
            } else {
                parent.put(leaf, given.get(0).strip());
            }
        });
        // Rows left entirely empty are no rows (a page may offer a few blank ones).
        body.properties().forEach(field -> {
            if (field.getValue().isArray()) {
                ArrayNode rows = (ArrayNode) field.getValue();
                for (int i = rows.size() - 1; i >= 0; i--) {
                    if (rows.get(i).isNull()) {
                        rows.remove(i);
                    }
                }
            }
        });
        for (String list : lists) {
            if (!list.contains(".") && !body.has(list)) {
                body.putArray(list); // no box ticked: an empty list, not a missing one (a list inside a row stays absent)
            }
        }
        T request;
        try {
            request = mapper.treeToValue(body, type);
        } catch (JsonMappingException e) {
            ProblemHandler.FieldMessage error = ProblemHandler.fieldError(e);
            return new Read<>(null, Map.of(error.field(), error.message()));
        } catch (Exception e) {
            return new Read<>(null, Map.of("", "the form could not be read: " + e.getMessage()));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            errors.merge(v.getPropertyPath().toString(), plain(v.getMessage()), (a, b) -> a + "; " + b);
        }
        return new Read<>(errors.isEmpty() ? request : null, errors);
    }

    /** The API's constraint messages as a person filling in a form would put them. */
    /** A filter field left empty means no filter. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String plain(String message) {
        return switch (message) {
            case "must not be null", "must not be blank" -> "is required";
            case "must not be empty" -> "choose at least one";
            default -> message;
        };
    }

    /**
     * Reads the form named formName and performs the action with it. On success the browser is sent
     * to the page the outcome names, with a notice. Otherwise the page is shown again (page
     * supplies its model and view) with the submitted values and, next to each field, what is
     * wrong with it, or above the form why the command was refused.
     */
    public <T, R> String submit(String formName, MultiValueMap<String, String> form, Class<T> type, Set<String> lists,
                         Function<T, R> action, Function<R, String> next, String notice,
                         Model model, RedirectAttributes redirect, Supplier<String> page) {
        Read<T> read = read(form, type, lists);
        if (read.request() == null) {
            Map<String, String> errors = new LinkedHashMap<>();
            read.errors().forEach((field, message) -> errors.put(formName + "." + field, message));
            return again(formName, form, errors, "Please correct the marked fields.", model, page);
        }
        R outcome;
        try {
            outcome = action.apply(read.request());
        } catch (AccessDeniedException e) {
            throw e; // the operation's rule: the whole page says so (PageErrors)
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidRequestException invalid) {
                    return again(formName, form, Map.of(formName + "." + invalid.field(), invalid.fieldMessage()),
                            "Please correct the marked fields.", model, page);
                }
                if (t instanceof org.backoffice.command.common.CommandRejectedException rejected && rejected.field() != null) {
                    // A rule about one field (a leg that does not fit, a taken document number): marked there too.
                    return again(formName, form, Map.of(formName + "." + rejected.field(), rejected.getMessage()),
                            refusal(e), model, page);
                }
            }
            return again(formName, form, Map.of(), refusal(e), model, page);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + next.apply(outcome);
    }

    /** Performs an action without fields (a closure, a repair completion). */
    public <R> String perform(String formName, Supplier<R> action, String next, String notice, Model model,
                       RedirectAttributes redirect, Supplier<String> page) {
        try {
            action.get();
        } catch (AccessDeniedException e) {
            throw e;
        } catch (Exception e) {
            return again(formName, null, Map.of(), refusal(e), model, page);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + next;
    }

    /** Where to send the browser after an action, and what to tell the user there. */
    public record Next(String path, String notice) {
    }

    /** Performs an action without fields whose outcome says where to go and what to say (an upload). */
    public <R> String perform(String formName, Supplier<R> action, Function<R, Next> next, Model model,
                              RedirectAttributes redirect, Supplier<String> page) {
        R outcome;
        try {
            outcome = action.get();
        } catch (AccessDeniedException e) {
            throw e;
        } catch (Exception e) {
            return again(formName, null, Map.of(), refusal(e), model, page);
        }
        Next to = next.apply(outcome);
        redirect.addFlashAttribute("notice", to.notice());
        return "redirect:" + to.path();
    }

    /** Why a command or query was refused, as the API's problem detail says it. */
    static String refusal(Exception e) {
        if (e instanceof org.springframework.web.server.ResponseStatusException r) {
            return r.getReason();
        }
        ProblemDetail problem = ProblemHandler.toProblem(e);
        return problem.getTitle() + ": " + problem.getDetail();
    }

    private static String again(String formName, MultiValueMap<String, String> form, Map<String, String> errors,
                                String failure, Model model, Supplier<String> page) {
        Map<String, String> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((k, v) -> values.put(k, v == null || v.isEmpty() ? "" : String.join(",", v)));
        }
        model.addAttribute("formName", formName);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("failure", failure);
        return page.get();
    }
}
