package org.evidenceledger.events;

public enum DeploymentScope {
    INTERNAL_PILOT,
    LIMITED_ROLLOUT,
    GENERAL_AVAILABILITY
}
