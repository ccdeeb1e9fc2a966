package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Words that stand for a person named earlier: the given name alone a few sentences on, and the
 * "tôi" of a notice its named writer signs.
 */
final class LaterMentions {
  /** Adds the aliases, then the writer's later "tôi", to the people already read. */
  static void find(Reading r) {
    LaterMentions later = new LaterMentions(r);
    later.findAliases();
    later.findWriter();
  }

  private final Reading r;

  private LaterMentions(Reading r) {
    this.r = r;
  }

  private static final Rx BUSINESS_BEFORE =
      Rx.compile(
          "(?:công ty|doanh nghiệp|cửa hàng|nhà hàng|khách sạn|cơ sở|hộ kinh doanh)[^,.;:()\\n]*$");

  private static final Rx WRITER = Rx.compile("(?<![\\p{L}])tôi\\s+(?:tên\\s+)?là\\s*$");
  private static final Rx I = Rx.compile("(?<![\\p{L}])tôi(?![\\p{L}])");

  /**
   * "Tôi là Vương Tiến Dũng, ... Tôi đánh rơi giấy đăng ký xe ...": a notice written in the first
   * person by a private person named in it; each later "tôi" stands for them.
   */
  private void findWriter() {
    String lower = r.lower();
    Mention writer = null;
    for (Mention m : r.mentions()) {
      int from = Math.max(0, m.start() - 15);
      if (m.type() == Type.PERSON && WRITER.matcher(lower.substring(from, m.start())).find()) {
        writer = m;
        break;
      }
    }
    if (writer == null) {
      return;
    }
    Matcher i = I.matcher(lower);
    List<Mention> more = new ArrayList<>();
    while (i.find()) {
      if (i.start() > writer.end()) {
        more.add(new Mention(i.start(), i.end(), Type.PERSON, writer.name()));
      }
    }
    r.mentions().addAll(more);
  }

  /**
   * "Hồ Văn Tài ... Tài có 02 tiền án": a person named in full and then by the given name alone, a
   * few sentences on. Only shortly after the full name, and only a capitalised word standing alone.
   */
  private void findAliases() {
    String s = r.text();
    List<Mention> aliases = new ArrayList<>();
    for (Mention m : r.mentions()) {
      String[] words = m.name().split(" ");
      if (words.length >= 2) {
        aliasesOf(s, m, words[words.length - 1], aliases);
      }
      // "Nông Đức Anh ... xử phạt Đức Anh": a name of three words is also called by its last two
      if (words.length >= 3) {
        List<Mention> two = new ArrayList<>();
        aliasesOf(s, m, words[words.length - 2] + " " + words[words.length - 1], two);
        // not the end of a business's name ("Công ty CP Thiết bị Y tế Đức Minh")
        two.removeIf(a -> BUSINESS_BEFORE.foundBefore(r.lower(), a.start(), 60));
        aliases.addAll(two);
      }
    }
    r.mentions().addAll(aliases);
  }

  /** Each later stand-alone use of {@code alias} within 400 characters of the full name. */
  private void aliasesOf(String s, Mention m, String alias, List<Mention> aliases) {
    if (alias.length() < 2) {
      return;
    }
    int i = s.indexOf(alias, m.end());
    while (i >= 0 && i < m.end() + 400) {
      int end = i + alias.length();
      boolean alone =
          (i == 0 || !Reading.isWordChar(s.charAt(i - 1)))
              && (end == s.length() || !Reading.isWordChar(s.charAt(end)))
              && !(end + 1 < s.length()
                  && s.charAt(end) == ' '
                  && Character.isUpperCase(s.charAt(end + 1)))
              && !(i >= 2
                  && s.charAt(i - 1) == ' '
                  && capitalisedWordEndsAt(s, i - 1)); // "Y tế Đức Minh"
      int at = i;
      if (alone && r.mentions().stream().noneMatch(o -> o.start() <= at && at < o.end())) {
        aliases.add(new Mention(i, end, m.type(), m.name()));
      }
      i = s.indexOf(alias, end);
    }
  }

  /**
   * A capitalised word ends here that does not merely open its sentence ("Hiện Hoa đang..." is an
   * alias).
   */
  private static boolean capitalisedWordEndsAt(String s, int end) {
    int start = end;
    while (start > 0 && Reading.isWordChar(s.charAt(start - 1))) {
      start--;
    }
    int before = start - 1;
    while (before >= 0 && s.charAt(before) == ' ') {
      before--;
    }
    boolean opensSentence = before < 0 || ".!?\n:;\"“(".indexOf(s.charAt(before)) >= 0;
    return start < end && Character.isUpperCase(s.charAt(start)) && !opensSentence;
  }
}
