package org.evidenceledger.command.endtoend;

import org.evidenceledger.platform.testing.ReferenceCase;

/** Request bodies of API.md, as an intake script writes them. */
final class Bodies {

    /** The reference example of API.md, verbatim. */
    static final String REFERENCE_ANNOUNCEMENT = ReferenceCase.ANNOUNCEMENT;

    private Bodies() {
    }

    static String announcement(String partnershipId) {
        return """
                {"partnershipId": "%s", "title": "Frontier model partnership %s",
                 "parties": [{"name": "Mayo Clinic", "role": "MODEL_OWNER"}],
                 "announcedOn": "2026-06-04",
                 "source": {"url": "https://example.org/news/%s"}}
                """.formatted(partnershipId, partnershipId, partnershipId);
    }

    static String announcementBuildingOn(String partnershipId, String earlier) {
        return """
                {"partnershipId": "%s", "title": "Follow-up partnership",
                 "parties": [{"name": "Mayo Clinic", "role": "MODEL_OWNER"}],
                 "announcedOn": "2026-06-04", "buildsOn": ["%s"],
                 "source": {"url": "https://example.org/news/follow-up"}}
                """.formatted(partnershipId, earlier);
    }

    static String benchmark(String publishedOn) {
        return """
                {"metric": "diagnostic accuracy", "value": 0.91, "unit": "AUROC", "publishedOn": "%s",
                 "source": {"url": "https://example.org/papers/eval", "publisher": "journal"}}
                """.formatted(publishedOn);
    }

    static String benchmark(String entryId, String publishedOn) {
        return """
                {"entryId": "%s", "metric": "diagnostic accuracy", "value": 0.91, "unit": "AUROC",
                 "publishedOn": "%s", "source": {"url": "https://example.org/papers/eval"}}
                """.formatted(entryId, publishedOn);
    }

    static String validation(String publishedOn) {
        return """
                {"validator": "University hospital consortium", "studyDesign": "retrospective multi-site",
                 "summary": "AUROC 0.88 on external data", "publishedOn": "%s",
                 "source": {"url": "https://example.org/papers/external"}}
                """.formatted(publishedOn);
    }

    static String timeline(String targetDate) {
        return """
                {"targetDate": "%s", "scope": "internal pilot at Mayo Clinic",
                 "source": {"url": "https://example.org/news/timeline"}}
                """.formatted(targetDate);
    }

    static String deployment(String entryId, String deployedOn) {
        return """
                {"entryId": "%s", "site": "Mayo Clinic Rochester", "scope": "INTERNAL_PILOT", "deployedOn": "%s",
                 "source": {"url": "https://example.org/news/deployment"}}
                """.formatted(entryId, deployedOn);
    }

    static String outcome(String reportedOn) {
        return """
                {"measure": "TIME_TO_DIAGNOSIS", "value": 3.5, "unit": "days", "baseline": 5.0,
                 "reportedOn": "%s", "source": {"url": "https://example.org/papers/outcomes"}}
                """.formatted(reportedOn);
    }

    static String availability(String availableOn) {
        return """
                {"channel": "Azure AI Foundry API", "availableOn": "%s",
                 "source": {"url": "https://example.org/news/azure"}}
                """.formatted(availableOn);
    }

    static String retraction(String entryId) {
        return """
                {"entryId": "%s", "reason": "recorded by mistake"}
                """.formatted(entryId);
    }

    static String conclusion(String concludedOn) {
        return """
                {"concludedOn": "%s", "reason": "the parties ended the collaboration"}
                """.formatted(concludedOn);
    }
}
