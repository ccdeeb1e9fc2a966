package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.AboutPerson.aboutPerson;
import static vn.gov.hanoi.comms.screening.BankAccounts.bankAccounts;
import static vn.gov.hanoi.comms.screening.CriminalWords.CRIMINAL;
import static vn.gov.hanoi.comms.screening.HealthWords.HEALTH;
import static vn.gov.hanoi.comms.screening.HomeAddresses.addresses;
import static vn.gov.hanoi.comms.screening.HomeAddresses.livesAt;
import static vn.gov.hanoi.comms.screening.LicencePlates.plates;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Personal data of private persons in one field (Decree 13/2023/NĐ-CP): identity numbers, dates of
 * birth, phone numbers, bank accounts, licence plates and home addresses next to a person, and
 * health or criminal data about a named person. Numbers are recognised by their shape, and whose
 * they are by what the sentence names just before them ({@link Reading}): an office's hotline, a
 * unit's account or an official's work number are not personal data; the same number next to "hộ
 * ông Nguyễn Văn A" is. Each kind is documented in docs/prechecks.md with what it deliberately
 * leaves alone; each has its own class ({@link LicencePlates}, {@link BankAccounts}, {@link
 * IdentityNumbers}, {@link PhoneNumbers}, {@link BirthDates}, {@link HomeAddresses}, {@link
 * AboutPerson}), this one runs them in order.
 */
final class PersonalDataDetector {
  private final IdentityNumbers identityNumbers;
  private final PhoneNumbers phoneNumbers;
  private final BirthDates birthDates;

  /**
   * @param publishedNumbers phone numbers organisations publish (national form, digits only): never
   *     findings
   * @param currentYear the year of the publication window: later birth years are no date of birth
   */
  PersonalDataDetector(Set<String> publishedNumbers, int currentYear) {
    this.identityNumbers = new IdentityNumbers(currentYear);
    this.phoneNumbers = new PhoneNumbers(publishedNumbers);
    this.birthDates = new BirthDates(currentYear);
  }

  /**
   * The findings of one field; {@code claimed} marks characters already explained (links), and
   * grows. The order matters: a number claimed by an earlier kind is not read again.
   */
  List<Finding> find(Reading r, BitSet claimed) {
    List<Finding> out = new ArrayList<>();
    plates(r, claimed, out);
    bankAccounts(r, claimed, out);
    identityNumbers.identityNumbers(r, claimed, out);
    phoneNumbers.phones(r, claimed, out);
    birthDates.datesOfBirth(r, claimed, out);
    addresses(r, claimed, out);
    livesAt(r, claimed, out);
    aboutPerson(r, HEALTH, FindingKind.HEALTH, out);
    aboutPerson(r, CRIMINAL, FindingKind.CRIMINAL_RECORD, out);
    return out;
  }

  static boolean isClaimed(BitSet claimed, int start, int end) {
    int next = claimed.nextSetBit(start);
    return next >= 0 && next < end;
  }
}
