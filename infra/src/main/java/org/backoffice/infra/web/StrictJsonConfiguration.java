package org.backoffice.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.Instant;

/**
 * Requests are read strictly: a number or a boolean where the API expects text is a malformed
 * request (400), not silently turned into "12345" or "true", and a number is not a date (Jackson
 * would read 12345 as the 12,345th day after 1970). Found by MalformedRequestTest. Amounts stay
 * accepted as strings or numbers ("5.90" is the documented form), since BigDecimal is numeric.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.DateTime)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    }

    /**
     * An instant is ISO-8601 text: Jackson's own reader takes a number as seconds since 1970 and
     * ignores the coercion settings above (found by MalformedRequestTest: an interview "at": 12345).
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictInstants() {
        return builder -> builder.deserializerByType(Instant.class, new StdScalarDeserializer<Instant>(Instant.class) {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
                }
                return InstantDeserializer.INSTANT.deserialize(p, ctxt);
            }
        });
    }
}
