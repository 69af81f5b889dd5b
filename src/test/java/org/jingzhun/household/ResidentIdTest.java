package org.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jingzhun.system.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @Test
    void parsesValidResidentIdWithCheckCharacterX() {
        ResidentId id = ResidentId.parse("11010519491231002X", TODAY);

        assertThat(id.number()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.type()).isEqualTo(IdType.RESIDENT);
    }

    @Test
    void parsesTheStandardsOwnSampleBornIn1880AsMale() {
        ResidentId id = ResidentId.parse("440524188001010014", TODAY);

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(id.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void lowerCaseXIsNormalisedToUpperCase() {
        assertThat(ResidentId.parse(" 11010519491231002x ", TODAY).number()).isEqualTo("11010519491231002X");
    }

    @Test
    void wrongCheckDigitIsRejected() {
        assertViolation("130402198207290622", "validation.idNumber.checkDigit");
    }

    @Test
    void impossibleBirthDateWithCorrectCheckDigitIsRejected() {
        assertViolation("110105202302300016", "validation.idNumber.birthDate");
    }

    @Test
    void birthDateInTheFutureIsRejected() {
        assertViolation("110105203001010028", "validation.idNumber.birthDate");
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002", "11010519491231002X1", "110105194912310021234"})
    void wrongLengthIsRejected(String number) {
        assertViolation(number, "validation.idNumber.length");
    }

    @ParameterizedTest
    @CsvSource({"1101051949123100AX", "11010519491231X02X", "11010519491231002Y"})
    void nonDigitsAreRejectedAsFormat(String number) {
        assertViolation(number, "validation.idNumber.format");
    }

    @Test
    void blankIsRequired() {
        assertViolation("  ", "validation.idNumber.required");
    }

    @Test
    void disabilityCertificateCarriesTheHoldersIdCategoryAndLevel() {
        ResidentId certificate = ResidentId.parse("11010519491231002x13", TODAY);

        assertThat(certificate.number()).isEqualTo("11010519491231002X13");
        assertThat(certificate.type()).isEqualTo(IdType.DISABILITY_CERT);
        assertThat(certificate.residentNumber()).isEqualTo("11010519491231002X");
        assertThat(certificate.disabilityCategory()).isEqualTo(1);
        assertThat(certificate.disabilityLevel()).isEqualTo(3);
        assertThat(certificate.sex()).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X81", "11010519491231002X05", "11010519491231002X15", "11010519491231002XA1"})
    void disabilityCertificateWithCategoryOrLevelOutOfRangeIsRejected(String number) {
        assertViolation(number, "validation.idNumber.format");
    }

    @Test
    void disabilityCertificateOfAnInvalidResidentIdIsRejected() {
        assertViolation("13040219820729062211", "validation.idNumber.checkDigit");
    }

    @Test
    void violationNamesTheGivenField() {
        assertThatThrownBy(() -> ResidentId.parse("members[2].idNumber", "130402198207290622", TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.getViolations().get(0).field()).isEqualTo("members[2].idNumber"));
    }

    private static void assertViolation(String number, String code) {
        assertThatThrownBy(() -> ResidentId.parse(number, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.codes()).containsExactly(code));
    }
}
