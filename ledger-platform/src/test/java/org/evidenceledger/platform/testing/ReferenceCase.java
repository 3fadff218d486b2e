package org.evidenceledger.platform.testing;

/** The reference case of PRODUCT.md as API.md's example sends it, verbatim. */
public final class ReferenceCase {

    public static final String PARTNERSHIP_ID = "mayo-microsoft-frontier-model";

    public static final String ANNOUNCEMENT = """
            {"partnershipId": "mayo-microsoft-frontier-model",
             "title": "Mayo Clinic and Microsoft frontier AI model for healthcare",
             "parties": [{"name": "Mayo Clinic", "role": "MODEL_OWNER"},
                         {"name": "Microsoft", "role": "TECHNOLOGY_PARTNER"},
                         {"name": "Microsoft", "role": "CLOUD_DISTRIBUTOR"}],
             "announcedOn": "2026-06-04",
             "modelName": "Mayo Clinic frontier healthcare model",
             "dataBasis": "de-identified clinical data of the health system",
             "intendedUses": ["clinical reasoning", "earlier diagnosis", "personalized treatment"],
             "source": {"url": "https://example.org/news/mayo-microsoft", "publisher": "news"}}
            """;

    private ReferenceCase() {
    }
}
