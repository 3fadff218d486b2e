package org.evidenceledger.query.summary;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.evidenceledger.query.csv.CsvTable;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Every summary a list filter matches, as CSV: the Summary's fields as columns, in their order. */
@Component
public class PartnershipCsv {

    static final List<String> HEADER = Arrays.stream(Summary.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final SummaryRepository summaries;
    private final ReadModelSlots slots;
    private final TransactionTemplate transactions;

    public PartnershipCsv(SummaryRepository summaries, ReadModelSlots slots, TransactionTemplate transactions) {
        this.summaries = summaries;
        this.slots = slots;
        this.transactions = transactions;
    }

    public ResponseEntity<Object> of(PartnershipFilter filter, ReferenceTime at) {
        ReadModelSlot slot = slots.active();
        return CsvTable.answer(HEADER, row -> transactions.executeWithoutResult(status ->
                summaries.forEach(slot, filter, at, summary -> row.accept(cells(summary)))));
    }

    static List<?> cells(Summary summary) {
        return Arrays.asList(summary.partnershipId(), summary.title(),
                summary.parties().stream().map(party -> party.name() + " (" + party.role() + ")").toList(),
                summary.announcedOn(), summary.stage(), summary.concluded(), summary.benchmarks(),
                summary.independentValidations(), summary.clinicalDeployments(), summary.outcomeReports(),
                summary.deploymentTargetDate(), summary.firstDeployedOn(), summary.firstOutcomeReportedOn(),
                summary.daysWithoutOutcomeData(), summary.daysToFirstOutcomeData(), summary.evidenceGaps(),
                summary.version());
    }
}
