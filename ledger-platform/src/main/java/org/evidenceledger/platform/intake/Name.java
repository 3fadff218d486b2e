package org.evidenceledger.platform.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or title: one line that shows something once every kind of whitespace and invisible
 * character is set aside. Null passes (pair it with {@code @NotNull} where the field is required).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NameValidator.class)
public @interface Name {

    String message() default "must be one line with a visible character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
