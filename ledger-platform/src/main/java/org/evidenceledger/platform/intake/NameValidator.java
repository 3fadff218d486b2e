package org.evidenceledger.platform.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NameValidator implements ConstraintValidator<Name, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || IntakeRules.isVisible(value) && IntakeRules.isSingleLine(value);
    }
}
