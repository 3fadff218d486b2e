package org.evidenceledger.platform.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text (a summary, a reason): may span lines, but shows something once whitespace and invisible
 * characters are set aside. Null passes (pair it with {@code @NotNull} where the field is required).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProseValidator.class)
public @interface Prose {

    String message() default "must have a visible character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
