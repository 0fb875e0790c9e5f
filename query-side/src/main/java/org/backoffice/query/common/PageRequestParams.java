package org.backoffice.query.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Paging parameters of docs/api.md: page from 0, size 1..500 (default 50). */
public record PageRequestParams(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static PageRequestParams of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_SIZE);
        }
        return new PageRequestParams(p, s);
    }

    public PageRequest toPageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}
