package io.matcher.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.io.TestEvents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.builtIn();

  private static String id(String text) {
    return G.resolve(text).map(Place::id).orElse(null);
  }

  @Test
  void hoChiMinhCityHasAllItsNames() {
    for (String name : List.of("TP.HCM", "TP HCM", "TPHCM", "HCMC", "Sài Gòn", "Sai Gon", "Saigon",
        "Ho Chi Minh City", "Hồ Chí Minh", "ho chi minh", "Thành phố Hồ Chí Minh",
        "Tp. Hồ Chí Minh", "HCMC, Vietnam")) {
      assertThat(id(name)).as(name).isEqualTo("vn-hcm");
    }
  }

  @Test
  void hanoiInBothLanguages() {
    for (String name : List.of("Hà Nội", "Hanoi", "Ha Noi", "HÀ NỘI", "Thủ đô Hà Nội", "Hanoi, Vietnam")) {
      assertThat(id(name)).as(name).isEqualTo("vn-hn");
    }
  }

  @Test
  void the2025MergersKeepTheOldNamesAsAliases() {
    assertThat(id("Hải Dương")).isEqualTo("vn-hp");
    assertThat(id("Hai Duong")).isEqualTo("vn-hp");
    assertThat(id("Bình Dương")).isEqualTo("vn-hcm");
    assertThat(id("Bà Rịa - Vũng Tàu")).isEqualTo("vn-hcm");
    assertThat(id("Quảng Nam")).isEqualTo("vn-dn");
    assertThat(id("Hà Giang")).isEqualTo("vn-tuyen-quang");
    assertThat(id("Vũng Tàu")).isEqualTo("vn-vung-tau"); // the city, inside TP.HCM
    assertThat(G.byId("vn-vung-tau").orElseThrow().parent()).isEqualTo("vn-hcm");
    long provinces = G.places().stream()
        .filter(p -> p.level() == PlaceLevel.PROVINCE && "vn".equals(p.parent())).count();
    assertThat(provinces).isEqualTo(34);
    assertThat(G.byId("vn-hp").orElseThrow().displayName()).isEqualTo("Hải Phòng");
  }

  @Test
  void countriesStatesAndHubs() {
    assertThat(id("Vietnam")).isEqualTo("vn");
    assertThat(id("Việt Nam")).isEqualTo("vn");
    assertThat(id("VN")).isEqualTo("vn");
    assertThat(id("VNM")).isEqualTo("vn");
    assertThat(id("Mỹ")).isEqualTo("us");
    assertThat(id("USA")).isEqualTo("us");
    assertThat(id("US-CA")).isEqualTo("us-ca");
    assertThat(id("CA, US")).isEqualTo("us-ca");
    assertThat(id("CA")).isEqualTo("ca"); // alone, the country code
    assertThat(id("Bangalore")).isEqualTo("in-bangalore");
    assertThat(id("Bengaluru")).isEqualTo("in-bangalore");
    assertThat(id("Bangalore, India")).isEqualTo("in-bangalore");
    assertThat(id("Bangalore / SFO")).isEqualTo("in-bangalore");
    assertThat(id("Singapore")).isEqualTo("sg");
    assertThat(id("San Francisco")).isEqualTo("us-sf");
    assertThat(id("Gurgaon, India")).isEqualTo("in-gurgaon");
    assertThat(id("Nowhere Town")).isNull();
  }

  @Test
  void theIndiaSetsPlacesResolve() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var dir = TestEvents.repoRoot().resolve("sample-data/india-2015-2020");
    List<String> unresolved = new ArrayList<>();
    int cities = 0;
    for (var s : json.readTree(dir.resolve("startups.json").toFile())) {
      String loc = s.path("location").asText("");
      Place p = G.resolve(loc).orElse(null);
      if (p == null) {
        unresolved.add(loc);
      } else if (p.level() == PlaceLevel.CITY) {
        cities++;
      }
    }
    // investors' locations and the portfolio's: loading warns about no unknown place
    assertThat(io.matcher.io.EventLoader.load(dir).problems())
        .noneMatch(p -> p.message().contains("unknown place"));
    assertThat(unresolved).isEmpty();
    // all but a few (city-states, misspelt or unknown towns: "Nw Delhi", "Tulangan") to a city
    assertThat(cities).isGreaterThan(920); // 927 of 951 today
    for (String city : List.of("Mumbai", "New Delhi", "Hyderabad", "Chennai", "Pune", "Noida",
        "Ahmedabad", "Jaipur", "Kolkata", "Indore", "Vadodara", "Nagpur", "Coimbatore",
        "Chandigarh", "Surat", "Bhubaneswar", "Trivandrum", "Kochi", "Gwalior", "Bhopal")) {
      assertThat(G.resolve(city + ", India")).as(city).isPresent();
      assertThat(G.resolve(city).orElseThrow().parent()).as(city).isNotNull();
    }
  }

  @Test
  void relationsByLevel() {
    Place hn = G.resolve("Hà Nội").orElseThrow();
    Place hcm = G.resolve("HCMC").orElseThrow();
    Place vn = G.resolve("Vietnam").orElseThrow();
    Place thuyNguyen = G.resolve("Thủy Nguyên").orElseThrow();
    Place haiDuong = G.resolve("Hải Dương").orElseThrow();
    Place sg = G.resolve("Singapore").orElseThrow();
    Place blr = G.resolve("Bangalore").orElseThrow();
    assertThat(G.relation(hn, hcm).level()).isEqualTo(PlaceLevel.COUNTRY);
    assertThat(G.relation(hn, hcm).describe()).isEqualTo("same country: Việt Nam");
    assertThat(G.relation(vn, hn).within()).isTrue();
    assertThat(G.relation(thuyNguyen, haiDuong).describe()).isEqualTo("same province: Hải Phòng");
    assertThat(G.relation(hn, sg).level()).isEqualTo(PlaceLevel.REGION);
    assertThat(G.relation(hn, blr)).isEqualTo(GeoRelation.NONE);
  }

  @Test
  void suggestionsForUnknownPlaces() {
    assertThat(G.suggest("Hai Phongg")).contains("Hải Phòng");
    assertThat(G.suggest("Bangalor")).contains("Bengaluru");
  }

  @Test
  void eventsExtendItAndBadEntriesAreLocated() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    Gazetteer g = G.extend(json.readTree("""
        {"places": [{"id": "vn-hp-cat-hai", "level": "city", "parent": "vn-hp",
                     "names": {"vi": "Cát Hải", "en": "Cat Hai"}, "aliases": ["Cat Ba"]},
                    {"id": "vn-hp", "aliases": ["Đất Cảng"]}]}
        """), problems);
    assertThat(problems).isEmpty();
    assertThat(g.resolve("Cát Bà").map(Place::id)).contains("vn-hp-cat-hai");
    assertThat(g.resolve("dat cang").map(Place::id)).contains("vn-hp");
    assertThat(G.resolve("Cát Hải")).isEmpty(); // the built-in one is unchanged
    g.extend(json.readTree("""
        {"places": [{"id": "x1", "level": "town", "parent": "vn"},
                    {"id": "x2", "level": "city", "parent": "nowhere"},
                    {"id": "x3", "level": "country", "parent": "vn-hp"},
                    {"id": "x4", "level": "city", "parent": "vn", "aliases": ["Hanoi"]},
                    {"level": "city"}]}
        """), problems);
    assertThat(problems).hasSize(5);
    assertThat(problems.get(0)).startsWith("places[0].level: found \"town\"");
    assertThat(problems.get(1)).startsWith("places[1].parent: unknown place \"nowhere\"");
    assertThat(problems.get(2)).startsWith("places[2].parent: \"vn-hp\" is a province");
    assertThat(problems.get(3)).startsWith("places[3].aliases[0]: \"Hanoi\" would name both");
    assertThat(problems.get(4)).startsWith("places[4].id:");
  }
}
