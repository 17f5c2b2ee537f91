package vn.ktxh.shared.web;

import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import vn.ktxh.shared.VnNumber;

/**
 * What every JSON body is held to as it is read, whatever the record it fills: a number a figure can be
 * ({@link VnNumber#sensible}), and text without NUL characters, which PostgreSQL cannot store.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JacksonModule sensibleInput() {
        return new SimpleModule("ktxh-input")
                .addDeserializer(BigDecimal.class, new SensibleDecimal())
                .addDeserializer(String.class, new TextWithoutNul());
    }

    private static final class SensibleDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value = super.deserialize(p, ctxt);
            return value == null ? null : VnNumber.sensible(value);
        }
    }

    private static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return TextInput.withoutNul(super.deserialize(p, ctxt));
        }
    }
}
