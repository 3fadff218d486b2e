package org.evidenceledger.platform.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ProseValidator implements ConstraintValidator<Prose, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || IntakeRules.isVisible(value);
    }
}
