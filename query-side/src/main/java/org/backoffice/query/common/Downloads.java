package org.backoffice.query.common;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.function.Function;

/** A read answered as JSON, or as a CSV or PDF download, by the caller's Accept header. */
public final class Downloads {

    public static final String CSV = "text/csv";

    private Downloads() {
    }

    /** The format the caller accepts first among JSON, CSV and (where offered) PDF. */
    public enum Format { JSON, CSV, PDF }

    public static Format format(String accept, boolean pdf) {
        if (accept != null) {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                    return Format.JSON;
                }
                if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                    return Format.CSV;
                }
                if (pdf && type.equals(MediaType.APPLICATION_PDF)) {
                    return Format.PDF;
                }
            }
        }
        return Format.JSON;
    }

    public static <T> ResponseEntity<?> answer(T view, Format format, String name, Function<T, String> csv,
                                               Function<T, byte[]> pdf) {
        return switch (format) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
            case CSV -> ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .body(csv.apply(view));
            case PDF -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".pdf\"")
                    .body(pdf.apply(view));
        };
    }
}
