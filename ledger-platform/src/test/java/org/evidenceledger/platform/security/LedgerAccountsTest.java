package org.evidenceledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerAccountsTest {

    @Test
    void givenTheDocumentedFormat_whenParsed_thenEachAccountOpensWithItsOwnPasswordAndRoles() {
        LedgerAccounts accounts = LedgerAccounts.parse("ana:s3cret-1:INTAKE,dash:s3cret-2:VIEWER+AUDITOR,"
                + "ops:s3cret-3:OPERATOR");

        assertThat(accounts.verify("ana", "s3cret-1")).map(LedgerAccount::roles).contains(Set.of(Role.INTAKE));
        assertThat(accounts.verify("dash", "s3cret-2")).map(LedgerAccount::roles)
                .contains(Set.of(Role.VIEWER, Role.AUDITOR));
        assertThat(accounts.verify("ops", "s3cret-3")).map(LedgerAccount::roles).contains(Set.of(Role.OPERATOR));
        assertThat(accounts.verify("ana", "s3cret-2")).isEmpty();
        assertThat(accounts.verify("dash", "")).isEmpty();
        assertThat(accounts.verify("nobody", "s3cret-1")).isEmpty();
    }

    @Test
    void givenAPasswordWithColons_whenParsed_thenTheNameEndsAtTheFirstAndTheRolesStartAfterTheLast() {
        LedgerAccounts accounts = LedgerAccounts.parse("ops:a:b:c:AUDITOR");

        assertThat(accounts.verify("ops", "a:b:c")).isPresent();
    }

    @Test
    void givenNoAccounts_whenAnyoneTries_thenNothingOpens() {
        for (String empty : new String[] {null, "", "  ", ","}) {
            LedgerAccounts accounts = LedgerAccounts.parse(empty);
            assertThat(accounts.isEmpty()).isTrue();
            assertThat(accounts.verify("admin", "admin")).isEmpty();
            assertThat(accounts.verify("user", "password")).isEmpty();
            assertThat(accounts.verify("", "")).isEmpty();
        }
    }

    @Test
    void givenAMalformedEntryOrUnknownRole_whenParsed_thenStartupFailsClearly() {
        assertThatThrownBy(() -> LedgerAccounts.parse("ana:INTAKE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LedgerAccounts.parse("ana::INTAKE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LedgerAccounts.parse("ana:pw:ADMIN")).isInstanceOf(IllegalArgumentException.class);
    }
}
