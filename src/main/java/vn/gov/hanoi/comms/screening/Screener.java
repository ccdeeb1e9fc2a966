package vn.gov.hanoi.comms.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Screens an article or notice: links first (a number inside a URL is part of the URL), then
 * personal data, then event dates (a date of birth is no event). Stateless; the reference data
 * comes with each call.
 */
public final class Screener {
  public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * What is screened.
   *
   * @param windowStart when residents start seeing it
   * @param windowEnd when it is taken down; null when it has no end
   */
  public record Input(
      String title,
      String summary,
      String bodyHtml,
      List<String> attachmentNames,
      Instant windowStart,
      Instant windowEnd) {
    public Input {
      attachmentNames =
          attachmentNames == null
              ? List.of()
              : attachmentNames.stream().filter(n -> n != null && !n.isBlank()).toList();
      Objects.requireNonNull(windowStart, "windowStart");
    }
  }

  /**
   * The reference data, kept as data by the product.
   *
   * @param allowedHosts hosts or parent domains links may lead to
   * @param publishedNumbers phone numbers organisations publish, in any written form
   */
  public record Rules(List<String> allowedHosts, Set<String> publishedNumbers) {
    public Rules {
      allowedHosts = List.copyOf(allowedHosts);
      publishedNumbers =
          publishedNumbers.stream().map(Masks::nationalNumber).collect(Collectors.toSet());
    }
  }

  /**
   * The findings, and the texts their offsets count in (the body's as read, see {@link
   * ScreenedText}).
   */
  public record Result(
      List<Finding> findings, String titleText, String summaryText, String bodyText) {}

  public Result screen(Input input, Rules rules) {
    LocalDate start = LocalDate.ofInstant(input.windowStart(), HANOI);
    LocalDate end =
        input.windowEnd() == null ? null : LocalDate.ofInstant(input.windowEnd(), HANOI);
    LinkCheck links = new LinkCheck(rules.allowedHosts());
    PersonalDataDetector personal =
        new PersonalDataDetector(rules.publishedNumbers(), start.getYear());
    EventDateCheck dates = new EventDateCheck(start, end);
    List<ScreenedText> texts = new ArrayList<>();
    texts.add(ScreenedText.ofPlain(Field.TITLE, null, input.title()));
    texts.add(ScreenedText.ofPlain(Field.SUMMARY, null, input.summary()));
    texts.add(ScreenedText.ofHtml(input.bodyHtml()));
    for (String name : input.attachmentNames()) {
      // File names join words with "_" and "-": read them as spaces (same length, same offsets).
      texts.add(ScreenedText.ofPlain(Field.ATTACHMENT, name, readAsWords(name)));
    }
    List<Finding> findings = new ArrayList<>();
    for (ScreenedText t : texts) {
      BitSet claimed = new BitSet();
      List<Finding> own = new ArrayList<>(links.find(t, claimed));
      // a text typed without diacritics is read folded (Fold)
      Fold.during(
          Fold.typedWithoutDiacritics(t.text()),
          () -> {
            own.addAll(personal.find(new Reading(t), claimed));
            return own.addAll(dates.find(t, claimed));
          });
      own.sort(Comparator.comparingInt(Finding::start));
      for (Finding f : own) {
        findings.add(t.field() == Field.ATTACHMENT ? asWritten(f) : f);
      }
    }
    findings.addAll(LicencePlates.sameVehicleElsewhere(texts, findings));
    return new Result(
        List.copyOf(findings), texts.get(0).text(), texts.get(1).text(), texts.get(2).text());
  }

  private static String readAsWords(String attachmentName) {
    return attachmentName.replace('_', ' ').replace('-', ' ');
  }

  /**
   * An attachment's finding with its passage as the file name writes it ("Nguyen_Van_Minh", not
   * spaces).
   */
  private static Finding asWritten(Finding f) {
    String name =
        ScreenedText.ofPlain(Field.ATTACHMENT, f.attachmentName(), f.attachmentName()).text();
    // "ho - Ngo Van Sang": spaces around a dash fold into one when read, so offsets differ
    String read =
        ScreenedText.ofPlain(Field.ATTACHMENT, null, readAsWords(f.attachmentName())).text();
    if (f.end() > name.length() || name.length() != read.length()) {
      return f;
    }
    return new Finding(
        f.kind(),
        f.blocking(),
        f.field(),
        f.attachmentName(),
        f.start(),
        f.end(),
        name.substring(f.start(), f.end()),
        f.detail(),
        f.suggestion());
  }
}
