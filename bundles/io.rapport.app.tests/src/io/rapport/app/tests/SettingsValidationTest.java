package io.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.internal.dialogs.SettingsValidation;
import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.StaffMember;

import org.junit.jupiter.api.Test;

import java.util.List;

/** The messages of the Project Settings dialog. */
class SettingsValidationTest {
    private final List<AccountRef> accounts = List.of(new AccountRef("x", "acme"));
    private final List<StaffMember> staff = List.of(new StaffMember("x", "jane", "Support"));

    @Test
    void acceptsANewAccount() {
        assertNull(SettingsValidation.account("mastodon", "@Acme", accounts, staff));
    }

    @Test
    void rejectsADuplicateAccountWhateverTheCaseOrAt() {
        assertTrue(SettingsValidation.account("x", "@ACME", accounts, staff).contains("already one of our accounts"));
    }

    @Test
    void rejectsAnAccountThatIsStaff() {
        assertTrue(SettingsValidation.account("x", "jane", accounts, staff).contains("staff"));
        assertTrue(SettingsValidation.staff("x", "acme", "Sales", accounts, staff).contains("our accounts"));
    }

    @Test
    void explainsBadChannelHandleAndDepartment() {
        assertTrue(SettingsValidation.account("Bad Channel", "a", accounts, staff).contains("not a channel id"));
        assertTrue(SettingsValidation.account("x", " ", accounts, staff).contains("handle"));
        assertTrue(SettingsValidation.account("x", "two words", accounts, staff).contains("no spaces"));
        assertTrue(SettingsValidation.staff("x", "bob", "", accounts, staff).contains("department"));
    }

    @Test
    void rejectsADuplicateSpace() {
        List<OwnedSpace> spaces = List.of(new OwnedSpace("reddit", "r/acme"));
        assertTrue(SettingsValidation.space("reddit", "R/Acme", spaces).contains("already"));
        assertNull(SettingsValidation.space("reddit", "r/acme_help", spaces));
    }
}
