package org.evidenceledger.events;

public enum PartyRole {
    MODEL_OWNER,
    DEVELOPER,
    TECHNOLOGY_PARTNER,
    CLOUD_DISTRIBUTOR,
    DATA_PROVIDER,
    CLINICAL_SITE,
    HARDWARE_PARTNER,
    OTHER
}
