package org.evidenceledger.events;

public enum OutcomeMeasure {
    DIAGNOSTIC_ACCURACY,
    TIME_TO_DIAGNOSIS,
    CLINICIAN_ADOPTION,
    COST_PER_CASE,
    LATENCY,
    PATIENT_OUTCOME,
    OTHER
}
