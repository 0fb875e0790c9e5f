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
import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.time.Instant;

/**
 * Requests are read strictly: a number or a boolean where the API expects text is a malformed
 * request (400), not silently turned into "12345" or "true", and a number is not a date (Jackson
 * would read 12345 as the 12,345th day after 1970). Found by MalformedRequestTest. Amounts are
 * decimal strings ("5.90") and nothing else: a JSON number is refused, as the OpenAPI description
 * says, so that no client's float ever becomes an amount and a validating proxy and the server
 * agree. (Stored events are read by Axon's own mapper, which this does not touch.)
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

    /** An amount is a decimal string: digits with an optional sign and fraction, no exponent. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer decimalStringAmounts() {
        return builder -> builder.deserializerByType(BigDecimal.class, new StdScalarDeserializer<BigDecimal>(BigDecimal.class) {
            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
                }
                String text = p.getText();
                if (!DECIMAL.matcher(text).matches()) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a decimal string");
                }
                return new BigDecimal(text);
            }
        });
    }

    private static final Pattern DECIMAL = Pattern.compile(OpenApiConfiguration.AMOUNT_PATTERN);

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
