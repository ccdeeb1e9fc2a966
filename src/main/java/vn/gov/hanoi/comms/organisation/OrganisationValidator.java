package vn.gov.hanoi.comms.organisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * Checks an organisation typed by an administrator: a stable ASCII code, a name, a known
 * kind, a home area of the list in force whose level fits the kind, a mailbox and an abbreviation
 * for letters. Every fault is named (in Vietnamese), so that one correction pass is enough.
 */
public final class OrganisationValidator {
  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
  static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  static final Pattern ABBREVIATION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,19}");

  private OrganisationValidator() {}

  /** The checked organisation, or the faults found; never both. */
  public record Result(Organisation organisation, List<FieldError> errors) {}

  public static Result check(OrganisationInput in, AreaTree tree) {
    List<FieldError> errors = new ArrayList<>();
    String code = strip(in.code());
    String name =
        in.name() == null ? "" : Normalizer.normalize(in.name().strip(), Normalizer.Form.NFC);
    String email = strip(in.email());
    String abbreviation =
        in.abbreviation() == null
            ? ""
            : Normalizer.normalize(in.abbreviation().strip(), Normalizer.Form.NFC);
    if (!CODE.matcher(code).matches()) {
      errors.add(
          new FieldError(
              "code",
              "Mã đơn vị gồm 2–40 chữ in hoa không dấu, chữ số hoặc '-' (ví dụ UBND-P-BADINH)"));
    }
    if (name.isEmpty() || name.length() > 300) {
      errors.add(new FieldError("name", "Tên đơn vị bắt buộc, tối đa 300 ký tự"));
    }
    OrganisationKind kind = kind(in.kind()).orElse(null);
    if (kind == null) {
      errors.add(
          new FieldError(
              "kind",
              "Loại đơn vị không hợp lệ: \""
                  + strip(in.kind())
                  + "\"; một trong "
                  + String.join(
                      ", ", Arrays.stream(OrganisationKind.values()).map(Enum::name).toList())));
    }
    String home = strip(in.homeAreaCode());
    Optional<Area> area = tree.find(home);
    if (area.isEmpty()) {
      errors.add(
          new FieldError(
              "homeAreaCode", "Mã địa bàn không có trong danh mục đang áp dụng: \"" + home + "\""));
    } else if (kind != null && area.get().level() != kind.homeLevel()) {
      errors.add(
          new FieldError(
              "homeAreaCode",
              "Đơn vị loại "
                  + kind.label()
                  + " phải có địa bàn cấp "
                  + levelName(kind.homeLevel())
                  + "; "
                  + area.get().name()
                  + " ("
                  + home
                  + ") là cấp "
                  + levelName(area.get().level())));
    }
    if (!EMAIL.matcher(email).matches() || email.length() > 200) {
      errors.add(new FieldError("email", "Địa chỉ thư điện tử không hợp lệ: \"" + email + "\""));
    }
    if (!ABBREVIATION.matcher(abbreviation).matches()) {
      errors.add(
          new FieldError(
              "abbreviation",
              "Tên viết tắt trên văn bản: 1–20 chữ, số, '.' hoặc '-' (ví dụ STP, UBND-BĐ)"));
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(new Organisation(code, name, kind, home, email, abbreviation), List.of());
  }

  static String levelName(vn.gov.hanoi.comms.area.AreaLevel level) {
    return switch (level) {
      case CITY -> "thành phố";
      case DISTRICT -> "quận/huyện";
      case COMMUNE -> "xã/phường";
    };
  }

  private static Optional<OrganisationKind> kind(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OrganisationKind.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
