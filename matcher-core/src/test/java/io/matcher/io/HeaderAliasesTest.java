package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderAliasesTest {
  private static Map<String, String> investors() {
    return HeaderAliases.forFields(ProfileBinder.INVESTOR_FIELDS, ProfileBinder.CSV_ALIASES);
  }

  private static Map<String, String> startups() {
    return HeaderAliases.forFields(ProfileBinder.STARTUP_FIELDS, ProfileBinder.CSV_ALIASES);
  }

  private static String field(String header, List<String> fields, Map<String, String> aliases) {
    Problems p = new Problems();
    List<InputRecord> rows = CsvTable.read("x.csv", header + ",id\nv,I1\n", fields, aliases, p);
    return rows.get(0).fieldNames().stream().filter(f -> !f.equals("id")).findFirst().orElse(null);
  }

  @Test
  void theHeadersOfIssue17MapToTheirFields() {
    Map<String, String> inv = investors();
    Map<String, String> st = startups();
    List<String> iFields = ProfileBinder.INVESTOR_FIELDS;
    List<String> sFields = ProfileBinder.STARTUP_FIELDS;
    assertThat(field("Tên", iFields, inv)).isEqualTo("name");
    assertThat(field("HỌ VÀ TÊN", iFields, inv)).isEqualTo("name");
    assertThat(field("Tổ chức", iFields, inv)).isEqualTo("organisation");
    assertThat(field("Lĩnh vực", iFields, inv)).isEqualTo("sectors");
    assertThat(field("linh vuc", sFields, st)).isEqualTo("sectors");
    assertThat(field("Industry", sFields, st)).isEqualTo("sectors");
    assertThat(field("Giai đoạn", iFields, inv)).isEqualTo("stages");
    assertThat(field("Giai đoạn", sFields, st)).isEqualTo("stage");
    assertThat(field("Thư điện tử", sFields, st)).isEqualTo("contact.email");
    assertThat(field("Email", iFields, inv)).isEqualTo("contact.email");
    assertThat(field("Số điện thoại", iFields, inv)).isEqualTo("contact.phone");
    assertThat(field("Điện thoại", sFields, st)).isEqualTo("contact.phone");
    assertThat(field("Company", iFields, inv)).isEqualTo("organisation");
    assertThat(field("Company", sFields, st)).isEqualTo("name");
    Problems p = new Problems();
    assertThat(CsvTable.read("x.csv", "Mã,Tên\nI1,A\n", iFields, inv, p).get(0).text("id")).isEqualTo("I1");
  }

  @Test
  void everyAliasMeansAFieldOfSomeTableAndNeverShadowsAFieldName() {
    Set<String> all = new java.util.HashSet<>(ProfileBinder.INVESTOR_FIELDS);
    all.addAll(ProfileBinder.STARTUP_FIELDS);
    HeaderAliases.all().forEach((header, fields) -> assertThat(all).as(header).containsAll(fields));
    for (List<String> table : List.of(ProfileBinder.INVESTOR_FIELDS, ProfileBinder.STARTUP_FIELDS)) {
      Map<String, String> aliases = HeaderAliases.forFields(table, Map.of());
      for (String f : table) {
        assertThat(aliases.keySet()).noneMatch(a -> HeaderAliases.key(a).equals(HeaderAliases.key(f)));
      }
      assertThat(aliases.values()).allMatch(table::contains);
    }
  }

  @Test
  void aTableWithoutAScoredColumnSaysWhich() {
    assertThat(HeaderAliases.missingScored(ProfileBinder.STARTUP_FIELDS, Set.of("id", "name", "stage",
        "raiseAmount", "description", "location"))).containsExactly(List.of("sectors"));
    assertThat(HeaderAliases.missingScored(ProfileBinder.INVESTOR_FIELDS, Set.of("sectors", "stages",
        "ticketMax", "thesis", "locations"))).isEmpty();
    assertThat(HeaderAliases.missingScored(EventLoader.PREFERENCE_FIELDS, Set.of())).isEmpty();
    assertThat(HeaderAliases.examples("sectors")).containsExactly("sectors", "Lĩnh vực", "Industry");
  }
}
