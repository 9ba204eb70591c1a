package io.matcher.io;

import io.matcher.taxonomy.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column headers organisers write, in Vietnamese and English, for the profile fields of
 * spreadsheets (CSV and .xlsx): {@code Mã}, {@code Họ và tên}, {@code Lĩnh vực}, {@code
 * Industry}, {@code Số điện thoại}… Matched as every header is, ignoring case, diacritics,
 * spaces and punctuation ({@link Fold}), so {@code LINH VUC} and {@code lĩnh_vực} are {@code
 * Lĩnh vực}. The table is documented in docs/input-format.md.
 *
 * <p>Some headers mean a different field on each side: {@code Giai đoạn} is an investor's
 * {@code stages} and a startup's {@code stage}. Each alias lists its fields in order and means
 * the first that the table has; a header that is a table's own field name always means that
 * field.
 *
 * <p>Also says which columns the scorer reads ({@link #scored}): a table where none of a
 * group's columns is found plans without that signal for everyone.
 */
final class HeaderAliases {
  private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

  private static void alias(String fields, String... headers) {
    for (String h : headers) {
      if (ALIASES.keySet().stream().anyMatch(a -> key(a).equals(key(h)))) {
        throw new IllegalStateException("alias listed twice: " + h);
      }
      ALIASES.put(h, List.of(fields.split(" ")));
    }
  }

  static {
    alias("id", "Mã", "Mã số", "ID", "Mã nhà đầu tư", "Mã NĐT", "Mã startup", "Mã doanh nghiệp",
        "Code");
    alias("name", "Tên", "Họ và tên", "Họ tên", "Tên nhà đầu tư", "Tên startup", "Tên dự án",
        "Full name", "Investor name", "Startup name");
    // an investor's company is its organisation, a startup's is its name
    alias("organisation name", "Công ty", "Tên công ty", "Doanh nghiệp", "Tên doanh nghiệp",
        "Company", "Company name");
    alias("organisation", "Tổ chức", "Quỹ", "Quỹ đầu tư", "Đơn vị", "Đơn vị công tác", "Fund",
        "Firm", "Organization");
    alias("type", "Loại", "Loại nhà đầu tư", "Loại hình", "Investor type");
    alias("sectors", "Lĩnh vực", "Lĩnh vực quan tâm", "Lĩnh vực đầu tư", "Ngành", "Ngành nghề",
        "Industry", "Industries", "Sector", "Verticals");
    alias("stages stage", "Giai đoạn", "Giai đoạn đầu tư", "Giai đoạn phát triển", "Vòng",
        "Vòng gọi vốn", "Stage", "Stages", "Funding stage", "Round", "Stages of interest");
    alias("ticketMin", "Mức đầu tư tối thiểu", "Khoản đầu tư tối thiểu", "Đầu tư tối thiểu",
        "Min ticket", "Minimum ticket", "Ticket size min");
    alias("ticketMax", "Mức đầu tư tối đa", "Khoản đầu tư tối đa", "Đầu tư tối đa", "Max ticket",
        "Maximum ticket", "Ticket size max");
    alias("ticketCurrency raiseCurrency", "Tiền tệ", "Đơn vị tiền tệ", "Loại tiền", "Currency");
    alias("raiseAmount", "Số vốn gọi", "Số vốn cần gọi", "Vốn cần gọi", "Số tiền gọi vốn",
        "Gọi vốn", "Amount", "Raise", "Raising", "Funding ask");
    alias("locations location", "Địa điểm", "Địa bàn", "Khu vực", "Tỉnh thành", "Tỉnh/Thành phố",
        "Locations", "Location", "Region");
    alias("thesis", "Tiêu chí đầu tư", "Định hướng đầu tư", "Khẩu vị đầu tư", "Investment thesis",
        "Investment focus");
    alias("description thesis", "Mô tả", "Giới thiệu", "Mô tả sản phẩm", "Description", "About");
    alias("website", "Trang web", "Web", "URL");
    alias("maxMeetings", "Số cuộc gặp tối đa", "Số buổi gặp tối đa", "Max meetings");
    alias("minMeetings", "Số cuộc gặp tối thiểu", "Số buổi gặp tối thiểu", "Min meetings");
    alias("unavailable", "Bận", "Khung giờ bận", "Không có mặt", "Busy slots");
    alias("exclude", "Loại trừ", "Không gặp", "Excluded", "Do not meet");
    alias("contact.email", "Email", "Thư điện tử", "Địa chỉ email", "Mail");
    alias("contact.phone", "Điện thoại", "Số điện thoại", "SĐT", "Di động", "Phone", "Phone number",
        "Mobile", "Tel");
    alias("contact.shareable", "Chia sẻ liên hệ", "Cho phép chia sẻ", "Công khai liên hệ",
        "Shareable", "Share contact");
  }

  /**
   * Groups of columns the scorer reads, per profile table: a table should have at least one
   * column of each group. Sector and stage fit, the ticket fit, text relevance and location fit
   * (docs/scoring.md).
   */
  private static final List<List<String>> SCORED_INVESTOR = List.of(List.of("sectors"),
      List.of("stages"), List.of("ticketMin", "ticketMax"), List.of("thesis"), List.of("locations"));
  private static final List<List<String>> SCORED_STARTUP = List.of(List.of("sectors"),
      List.of("stage"), List.of("raiseAmount"), List.of("description"), List.of("location"));

  private HeaderAliases() {}

  /**
   * The aliases ({@code header → field}, headers as written) that apply to a table of {@code
   * fields}, with {@code extra} (the readers' own) added: each alias means the first of its
   * fields the table has; aliases of none of them, or spelling one of the table's own field
   * names, are left out.
   */
  static Map<String, String> forFields(List<String> fields, Map<String, String> extra) {
    Set<String> ownKeys = new HashSet<>();
    for (String f : fields) {
      ownKeys.add(key(f));
    }
    Map<String, String> out = new LinkedHashMap<>(extra);
    ALIASES.forEach((header, targets) -> {
      if (ownKeys.contains(key(header))) {
        return;
      }
      for (String t : targets) {
        if (fields.contains(t)) {
          out.put(header, t);
          return;
        }
      }
    });
    return out;
  }

  /** Every alias and its fields in order, for the documentation and tests. */
  static Map<String, List<String>> all() {
    return java.util.Collections.unmodifiableMap(ALIASES);
  }

  /**
   * The groups of scored columns of which a table of {@code fields} that has the columns {@code
   * found} has none; each group as its field names. Empty for a table that is not a profile table.
   */
  static List<List<String>> missingScored(List<String> fields, Set<String> found) {
    List<List<String>> groups = fields.contains("stages") ? SCORED_INVESTOR
        : fields.contains("stage") ? SCORED_STARTUP : List.of();
    List<List<String>> missing = new ArrayList<>();
    for (List<String> g : groups) {
      if (g.stream().noneMatch(found::contains)) {
        missing.add(g);
      }
    }
    return missing;
  }

  /**
   * A few headers that mean {@code field}, for a message: the field name, the first Vietnamese
   * and the first English alias ({@code sectors, Lĩnh vực, Industry}).
   */
  static List<String> examples(String field) {
    List<String> out = new ArrayList<>(List.of(field));
    String vietnamese = null;
    String english = null;
    for (Map.Entry<String, List<String>> e : ALIASES.entrySet()) {
      if (e.getValue().contains(field)) {
        boolean ascii = e.getKey().chars().allMatch(c -> c < 128);
        if (ascii && english == null && !key(e.getKey()).equals(key(field))) {
          english = e.getKey();
        } else if (!ascii && vietnamese == null) {
          vietnamese = e.getKey();
        }
      }
    }
    if (vietnamese != null) {
      out.add(vietnamese);
    }
    if (english != null) {
      out.add(english);
    }
    return out;
  }

  /** The key headers are matched on: {@link CsvTable}'s. */
  static String key(String header) {
    return Fold.key(header).replace(" ", "");
  }
}
