package org.backoffice.query.common;

import java.util.List;

/** A page of a list, as docs/api.md's conventions answer every list. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
