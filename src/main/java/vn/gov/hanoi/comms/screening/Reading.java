package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One field read for who and what it mentions: the people named in it (private persons or officials
 * in office), the organisations and hotlines, and where its sentences end. The detectors ask it
 * whose a number, an address or a diagnosis is: the nearest mention in the same sentence.
 */
final class Reading {
  enum Type {
    PERSON,
    OFFICIAL,
    ORGANISATION
  }

  /** Something the text names; for people, {@code start}..{@code end} is the name itself. */
  record Mention(int start, int end, Type type, String name) {
    boolean person() {
      return type != Type.ORGANISATION;
    }
  }

  private final ScreenedText text;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Integer> sentenceEnds = new ArrayList<>();

  Reading(ScreenedText text) {
    this.text = text;
    sentenceEnds.addAll(Sentences.ends(text.text()));
    NamedPeople.find(this);
    LaterMentions.find(this);
    findOrganisations();
    mentions.sort(Comparator.comparingInt(Mention::start));
  }

  ScreenedText screened() {
    return text;
  }

  String text() {
    return text.text();
  }

  String lower() {
    return text.lower();
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The start of the sentence holding {@code pos}: after the previous full stop or line break. */
  int sentenceStart(int pos) {
    int start = 0;
    for (int end : sentenceEnds) {
      if (end <= pos) {
        start = end;
      } else {
        break;
      }
    }
    return start;
  }

  int sentenceEnd(int pos) {
    for (int end : sentenceEnds) {
      if (end > pos) {
        return end;
      }
    }
    return text().length();
  }

  /**
   * The mention ending last before {@code pos} in its sentence, at most {@code max} characters
   * away.
   */
  Mention nearestBefore(int pos, int max) {
    int from = Math.max(sentenceStart(pos), pos - max);
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() <= pos
          && m.end() >= from
          && m.start() >= sentenceStart(pos)
          && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The person (private or official) named last before {@code pos} in its sentence, organisations
   * skipped.
   */
  /** The last person or official named before {@code pos} on its line (paragraph), or null. */
  Mention lastPersonOnLine(int pos) {
    int lineStart = text().lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    Mention best = null;
    for (Mention m : mentions) {
      if (m.person() && m.start() >= lineStart && m.end() <= pos) {
        best = m;
      }
    }
    return best;
  }

  /** The person named last before {@code pos}, within {@code max} characters, across sentences. */
  Mention lastPersonBefore(int pos, int max) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.person() && m.end() <= pos && m.start() >= pos - max) {
        best = m;
      }
    }
    return best;
  }

  Mention nearestPersonBefore(int pos, int max) {
    int from = Math.max(sentenceStart(pos), pos - max);
    Mention best = null;
    for (Mention m : mentions) {
      if (m.person()
          && m.end() <= pos
          && m.start() >= from
          && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The mention starting first after {@code pos} in its sentence, at most {@code max} characters
   * away.
   */
  Mention nearestAfter(int pos, int max) {
    int to = Math.min(sentenceEnd(pos), pos + max);
    for (Mention m : mentions) {
      if (m.start() >= pos && m.start() <= to) {
        return m;
      }
    }
    return null;
  }

  /** The first mention of the sentence starting at {@code from}, or null. */
  Mention firstInSentence(int from) {
    int to = sentenceEnd(from);
    return mentions.stream()
        .filter(m -> m.start() >= from && m.start() < to)
        .findFirst()
        .orElse(null);
  }

  /**
   * A person named on a line of a form-like block just above ("Họ và tên: Nguyễn Văn A" then "Ngày
   * sinh: ..."), when the line of {@code pos} is itself a "label: value" line; null otherwise.
   */
  Mention personAbove(int pos) {
    String s = text();
    int lineStart = s.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    int sentence = sentenceStart(pos);
    if (sentence > lineStart
        && isLabelLine(s, sentence)
        && (isLabelLine(s, lineStart)
            || LABEL_INSIDE.matcher(s.substring(lineStart, sentence)).find())) {
      // "Họ tên: Nông Văn Thái. Sinh ngày: ... Nơi ĐKTT: ...": labelled fields on one line
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention m = mentions.get(i);
        if (m.person() && m.start() >= lineStart && m.end() <= sentence) {
          return m;
        }
      }
    }
    if (!isLabelLine(s, lineStart)) {
      return null;
    }
    int end = lineStart - 1;
    for (int lines = 0; lines < 5 && end > 0; lines++) {
      int start = s.lastIndexOf('\n', end - 1) + 1;
      Mention person = null;
      for (Mention m : mentions) {
        if (m.person() && m.start() >= start && m.end() <= end) {
          person = m;
        }
      }
      if (!isLabelLine(s, start)) {
        // a record's lines are all "label: value"; a person in running text above is not its
        // subject ("... ông A đang điều trị lao." then "Tài liệu về bệnh lao: http://...")
        return null;
      }
      if (person != null) {
        return person;
      }
      end = start - 1;
    }
    return null;
  }

  /** "nơi thường trú: ...", "đối với: ...": a labelled field inside a line. */
  private static final Rx LABEL_INSIDE = Rx.compile("\\p{L}{2,}\\s*:\\s");

  private static boolean isLabelLine(String s, int lineStart) {
    while (lineStart < s.length() && s.charAt(lineStart) == ' ') {
      lineStart++;
    }
    int lineEnd = s.indexOf('\n', lineStart);
    String line = s.substring(lineStart, lineEnd < 0 ? s.length() : lineEnd).strip();
    return line.matches("^[-+•*]?\\s*[\\p{L}/ ,()]{2,40}:.*");
  }

  private void findOrganisations() {
    // A title without a name ("liên hệ Trưởng thôn: 09...") stands for an office, like an
    // organisation.
    for (Words.Hit h : TitleWords.TITLES.findAll(lower())) {
      if (!overlapsMention(h.start(), h.end()) && !holderNamed(h)) {
        mentions.add(
            new Mention(
                h.start(), h.end(), Type.ORGANISATION, text().substring(h.start(), h.end())));
      }
    }
    for (Words.Hit h : OrganisationWords.ORGANISATIONS.findAll(lower())) {
      if (!ACCOUNTS_BANK.matcher(lower().substring(Math.max(0, h.start() - 3), h.end())).find()
          && !numberLabel(h)) {
        mentions.add(
            new Mention(
                h.start(), h.end(), Type.ORGANISATION, text().substring(h.start(), h.end())));
      }
    }
    for (Words.Hit h : OrganisationWords.CAPITALISED_ORGANISATIONS.findAll(text())) {
      if (!overlapsMention(h.start(), h.end())
          && !OrganisationWords.NOT_ORGANISATIONS.startsAt(lower(), h.start())
          // "thôn Hội Xá", "xóm Đội": a word of a place's name after its place word
          && PlaceWords.PLACE_WORDS.endingAt(lower(), h.start()) == null) {
        mentions.add(new Mention(h.start(), h.end(), Type.ORGANISATION, h.phrase()));
      }
    }
  }

  /**
   * "STK 1026 8853 7712 ngân hàng MB, điện thoại ...": the bank an account is held at, named right
   * after its number, owns neither the account nor what follows.
   */
  private static final Rx ACCOUNTS_BANK = Rx.compile("\\d\\s*,?\\s*ngân hàng$");

  /** "mã số BHXH 0122158890", "sổ BHXH số ...": an organisation's word naming a number. */
  private static final Rx LABEL_BEFORE = Rx.compile("(?<![\\p{L}])(?:mã số|mã|sổ|thẻ)\\s+$");

  private static final Rx NUMBER_AFTER = Rx.compile("^\\s*(?:số)?\\s*:?\\s*\\d");

  /**
   * The word is part of a person's number's label ("bà A, mã số BHXH 0122158890, thôn B"): no
   * office is named.
   */
  private boolean numberLabel(Words.Hit h) {
    return LABEL_BEFORE.foundBefore(lower(), h.start(), 8)
        && NUMBER_AFTER.matcher(lower().substring(h.end())).find();
  }

  /**
   * Whether the title's holder is named next to it ("Vi Văn Luận, cán bộ Địa chính"): then the name
   * stands for both.
   */
  private boolean holderNamed(Words.Hit title) {
    Mention before = nearestBefore(title.start(), 60);
    Mention after = nearestAfter(title.end(), 40);
    boolean attached =
        before != null
            && before.person()
            && lower()
                .substring(before.end(), title.start())
                .matches("\\s*[,(–-]\\s*(?:nguyên\\s+|là\\s+)?");
    return attached
        || before != null && before.type() == Type.OFFICIAL
        || after != null && after.type() == Type.OFFICIAL;
  }

  private boolean overlapsMention(int start, int end) {
    return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
