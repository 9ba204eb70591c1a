package io.matcher.generate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word lists for names and text, in Vietnamese (with diacritics) and English. Sector words come
 * from the taxonomy at run time; these lists add what a taxonomy does not hold: products,
 * customers, places and people.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A phrase in both languages. */
  record Phrase(String en, String vi) {
    String in(boolean vietnamese) {
      return vietnamese ? vi : en;
    }
  }

  private static Phrase p(String en, String vi) {
    return new Phrase(en, vi);
  }

  /** Hot sectors first: the rank order of the Zipf popularity (codes not listed follow). */
  static final List<String> POPULARITY = List.of(
      "ai", "fintech", "logistics", "agritech", "payments", "e-commerce", "healthtech",
      "supply-chain", "edtech", "green", "energy", "smart-farming", "digital-transformation",
      "aquaculture", "lending", "smart-manufacturing", "ports", "iot", "electric-vehicles",
      "circular-economy", "telehealth", "shipping", "medtech", "robotics", "deeptech",
      "travel", "blockchain", "proptech", "insurtech", "smart-city", "biotech", "govtech",
      "semiconductors");

  /** What a startup of a sector makes. */
  static final Map<String, List<Phrase>> PRODUCTS = new TreeMap<>(Map.ofEntries(
      Map.entry("fintech", List.of(p("a digital banking platform", "nền tảng ngân hàng số"),
          p("an accounting and cash-flow app", "ứng dụng kế toán và quản lý dòng tiền"))),
      Map.entry("payments", List.of(p("QR payments and e-wallet acceptance", "thanh toán QR và chấp nhận ví điện tử"),
          p("cross-border payment rails", "hạ tầng thanh toán xuyên biên giới"))),
      Map.entry("lending", List.of(p("invoice financing", "tài trợ vốn lưu động theo hóa đơn"),
          p("alternative credit scoring", "chấm điểm tín dụng thay thế"))),
      Map.entry("insurtech", List.of(p("micro-insurance sold through mobile apps", "bảo hiểm vi mô bán qua ứng dụng di động"),
          p("claims automation", "tự động hóa giải quyết bồi thường"))),
      Map.entry("blockchain", List.of(p("traceability on a shared ledger", "truy xuất nguồn gốc trên sổ cái phân tán"),
          p("tokenised loyalty points", "điểm thưởng khách hàng mã hóa"))),
      Map.entry("deeptech", List.of(p("industrial-grade sensing hardware", "phần cứng cảm biến cấp công nghiệp"),
          p("advanced materials", "vật liệu tiên tiến"))),
      Map.entry("semiconductors", List.of(p("chip design services", "dịch vụ thiết kế vi mạch"),
          p("power electronics modules", "mô-đun điện tử công suất"))),
      Map.entry("ai", List.of(p("a Vietnamese large language model", "mô hình ngôn ngữ lớn tiếng Việt"),
          p("computer vision for quality inspection", "thị giác máy tính kiểm tra chất lượng sản phẩm"),
          p("AI assistants for customer service", "trợ lý ảo chăm sóc khách hàng"))),
      Map.entry("robotics", List.of(p("warehouse robots", "robot tự hành trong kho"),
          p("collaborative welding robots", "robot cộng tác hàn"))),
      Map.entry("iot", List.of(p("connected sensors for factories", "cảm biến kết nối cho nhà máy"),
          p("fleet trackers", "thiết bị giám sát đội xe"))),
      Map.entry("green", List.of(p("carbon accounting software", "phần mềm kiểm kê khí nhà kính"),
          p("energy-efficiency audits", "kiểm toán hiệu quả năng lượng"))),
      Map.entry("energy", List.of(p("rooftop solar financing", "tài chính cho điện mặt trời áp mái"),
          p("battery storage", "lưu trữ năng lượng bằng pin"))),
      Map.entry("circular-economy", List.of(p("plastic recycling", "tái chế nhựa"),
          p("a marketplace for industrial by-products", "sàn giao dịch phụ phẩm công nghiệp"))),
      Map.entry("electric-vehicles", List.of(p("battery swapping for electric scooters", "đổi pin cho xe máy điện"),
          p("EV charging stations", "trạm sạc xe điện"))),
      Map.entry("logistics", List.of(p("last-mile delivery", "giao hàng chặng cuối"),
          p("a freight-matching marketplace", "sàn kết nối hàng hóa và xe tải"))),
      Map.entry("ports", List.of(p("container yard optimisation", "tối ưu hóa bãi container"),
          p("digital customs clearance", "thông quan điện tử"))),
      Map.entry("shipping", List.of(p("vessel tracking and chartering", "theo dõi và thuê tàu"),
          p("cold-chain shipping", "vận tải hàng lạnh"))),
      Map.entry("supply-chain", List.of(p("warehouse management software", "phần mềm quản lý kho"),
          p("supplier traceability", "truy xuất nhà cung cấp"))),
      Map.entry("agritech", List.of(p("farm-to-table distribution", "phân phối nông sản từ trang trại đến bàn ăn"),
          p("drone crop spraying", "phun thuốc bằng máy bay không người lái"))),
      Map.entry("aquaculture", List.of(p("water-quality sensors for shrimp ponds", "cảm biến chất lượng nước ao nuôi tôm"),
          p("fish-feed optimisation", "tối ưu thức ăn cho cá"))),
      Map.entry("smart-farming", List.of(p("precision irrigation", "tưới tiêu chính xác"),
          p("greenhouse automation", "tự động hóa nhà kính"))),
      Map.entry("healthtech", List.of(p("clinic management software", "phần mềm quản lý phòng khám"),
          p("personal health records", "hồ sơ sức khỏe điện tử"))),
      Map.entry("medtech", List.of(p("low-cost diagnostic devices", "thiết bị chẩn đoán giá rẻ"),
          p("remote patient monitors", "thiết bị theo dõi bệnh nhân tại nhà"))),
      Map.entry("biotech", List.of(p("probiotics and bio-fertilisers", "chế phẩm sinh học và phân bón vi sinh"),
          p("rapid test kits", "bộ xét nghiệm nhanh"))),
      Map.entry("telehealth", List.of(p("video consultations with doctors", "khám bệnh qua video với bác sĩ"),
          p("online pharmacy", "nhà thuốc trực tuyến"))),
      Map.entry("edtech", List.of(p("English learning apps", "ứng dụng học tiếng Anh"),
          p("online vocational training", "đào tạo nghề trực tuyến"))),
      Map.entry("smart-manufacturing", List.of(p("MES software for small factories", "phần mềm điều hành sản xuất cho nhà máy nhỏ"),
          p("predictive maintenance", "bảo trì dự đoán"))),
      Map.entry("travel", List.of(p("tour and homestay booking", "đặt tour và homestay"),
          p("smart tourism guides", "hướng dẫn viên du lịch số"))),
      Map.entry("digital-transformation", List.of(p("workflow automation for SMEs", "tự động hóa quy trình cho doanh nghiệp vừa và nhỏ"),
          p("e-invoicing and e-contracts", "hóa đơn và hợp đồng điện tử"))),
      Map.entry("govtech", List.of(p("online public services", "dịch vụ công trực tuyến"),
          p("digital land records", "số hóa hồ sơ địa chính"))),
      Map.entry("smart-city", List.of(p("traffic analytics", "phân tích giao thông"),
          p("smart parking", "bãi đỗ xe thông minh"))),
      Map.entry("e-commerce", List.of(p("social commerce tools", "công cụ bán hàng qua mạng xã hội"),
          p("a B2B wholesale marketplace", "sàn bán sỉ B2B"))),
      Map.entry("proptech", List.of(p("rental management", "quản lý cho thuê nhà"),
          p("construction cost estimation", "dự toán chi phí xây dựng")))));

  static final List<Phrase> CUSTOMERS = List.of(
      p("small businesses", "hộ kinh doanh và doanh nghiệp nhỏ"),
      p("factories in industrial parks", "nhà máy trong các khu công nghiệp"),
      p("farmers' cooperatives", "hợp tác xã nông nghiệp"),
      p("banks and credit funds", "ngân hàng và quỹ tín dụng"),
      p("hospitals and clinics", "bệnh viện và phòng khám"),
      p("schools and training centres", "trường học và trung tâm đào tạo"),
      p("logistics companies", "doanh nghiệp logistics"),
      p("local governments", "chính quyền địa phương"),
      p("retail chains", "chuỗi bán lẻ"),
      p("exporters", "doanh nghiệp xuất khẩu"),
      p("households", "hộ gia đình"),
      p("young professionals", "người đi làm trẻ"));

  static final List<Phrase> UNITS = List.of(
      p("businesses", "doanh nghiệp"), p("farms", "trang trại"), p("schools", "trường học"),
      p("clinics", "phòng khám"), p("warehouses", "kho hàng"), p("wards", "phường"),
      p("stores", "cửa hàng"), p("factories", "nhà máy"));

  static final List<Phrase> TRAITS = List.of(
      p("paying customers", "khách hàng trả phí"),
      p("deep domain experience", "kinh nghiệm sâu trong ngành"),
      p("a technical co-founder", "nhà đồng sáng lập giỏi công nghệ"),
      p("recurring revenue", "doanh thu định kỳ"),
      p("a clear path to regional expansion", "lộ trình mở rộng ra khu vực rõ ràng"),
      p("strong unit economics", "hiệu quả kinh tế trên từng đơn vị tốt"));

  static final List<Phrase> ROLES = List.of(
      p("CTO", "giám đốc công nghệ"), p("bank executive", "lãnh đạo ngân hàng"),
      p("founder", "nhà sáng lập"), p("factory owner", "chủ nhà máy"),
      p("product manager", "quản lý sản phẩm"), p("logistics executive", "lãnh đạo doanh nghiệp logistics"));

  // People.
  static final String[] VI_FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê",
      "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
      "Đinh", "Mai", "Trịnh", "Cao"};
  static final String[] VI_MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thu", "Ngọc", "Hoàng",
      "Thanh", "Đức", "Hải", "Bảo", "Thị Thu", "Xuân", "Hữu", "Khánh", "Gia"};
  static final String[] VI_GIVEN = {"Hà", "Đức", "Bảo", "Nam", "Linh", "Trang", "Hùng", "Dũng",
      "Phương", "Hương", "Tuấn", "Anh", "Mai", "Lan", "Long", "Quân", "Hiếu", "Thảo", "Vy", "Khoa",
      "Sơn", "Hạnh", "Trung", "Yến", "Thắng", "Ngân", "Phúc", "Châu", "Tâm", "Huy"};
  static final String[] INTL_GIVEN = {"Anna", "Mikko", "Laura", "James", "Sofia", "Kenji",
      "Min-jun", "Priya", "Lukas", "Emma", "Daniel", "Aino", "Oliver", "Wei", "Aisha", "Mateo",
      "Elina", "Jonas", "Hanna", "Ravi", "Chloé", "Sven", "Yuki", "Maria", "Tomasz"};
  static final String[] INTL_FAMILY = {"Virtanen", "Korhonen", "Smith", "Müller", "Tanaka",
      "Kim", "Sharma", "Rossi", "Johansson", "Nieminen", "García", "Dubois", "Lee", "Wang",
      "Novak", "Mäkinen", "Andersen", "O'Brien", "Kowalski", "Schmidt", "Lindqvist", "Patel"};

  // Organisations and brands.
  static final String[] VI_BRANDS = {"Sao Mai", "Bến Cảng", "Đông Bắc", "Hồng Hà", "Lạch Tray",
      "Đồ Sơn", "Cát Bà", "Trường Sơn", "Cửu Long", "Sông Hàn", "Phượng Đỏ", "Hoa Sen", "Bạch Đằng",
      "Hạ Long", "Tràng An", "Thăng Long", "Phương Nam", "Tây Nguyên", "Ánh Dương", "Rồng Vàng",
      "Kim Sơn", "An Phú", "Hải Âu", "Mê Kông", "Đại Việt", "Bình Minh", "Lam Sơn", "Hòa Bình"};
  static final String[] INTL_BRANDS = {"Aurora", "Nordic", "Baltic", "Northstar", "Fjord",
      "Polar", "Granite", "Lighthouse", "Helix", "Meridian", "Evergreen", "Skyline", "Harbour",
      "Summit", "Boreal", "Lumen", "Tidal", "Atlas", "Juniper", "Kestrel", "Saimaa", "Sisu"};
  static final String[] FAMILIES_FO = {"Lindholm", "Tran", "Nguyen", "Wallenberg", "Ahlström",
      "Pham", "Ho", "Sørensen"};

  static final String[] BRAND_PREFIX = {"Viet", "Sai", "Han", "Mekong", "Lotus", "Lac", "Bamboo",
      "Jade", "Delta", "Red River", "Sen", "Hai", "Nam", "Bac", "Tre", "Song", "Sao"};
  static final String[] BRAND_PREFIX_INTL = {"Nordic", "Aurora", "Polar", "Fjord", "Baltic",
      "Kite", "Orbit", "Pixel", "Nova", "Quantum", "Tundra", "Birch", "Frost", "Arctic", "Blue",
      "Lumo", "Sisu", "Helio", "Vega", "Echo", "Terra", "Bright", "Swift", "Clear", "Open", "True",
      "Smart", "Deep", "Green", "Next", "Zen", "Koi", "Otso", "Ilma", "Meri", "Valo", "Kuu"};
  static final String[] TAGS_INTL = {"", "", "", " Labs", " AI", " Oy", " AB", " GmbH", " Ltd",
      " Technologies", " Systems"};
  static final String[] ENDINGS = {"ly", "ify", "io", "hub", "wise", "flow", "base", "stack",
      "nest", "loop", "kit", "lab", "ia", "os", "mate", "sense"};
  static final String[] VI_BRAND_WORDS = {"Cảng Số", "Nông Xanh", "Tôm Việt", "Mầm Xanh",
      "Lúa Vàng", "Biển Xanh", "Đất Cảng", "Sông Hồng", "Mây Trắng", "Sao Việt", "Nhà Xanh",
      "Phố Số", "Chợ Số", "Hoa Phượng", "Thuyền Rồng", "Gạo Ngon", "Trà Xanh", "Đèn Lồng"};
  static final String[] TAGS = {"", "", " Tech", " AI", " Labs", " Hub", " Việt Nam", " JSC",
      " Solutions", " Group"};

  /** Name roots by sector family (top-level code). */
  static final Map<String, String[]> ROOTS = new TreeMap<>(Map.ofEntries(
      Map.entry("fintech", new String[] {"Pay", "Lend", "Fin", "Coin", "Insure", "Wallet", "Cash",
          "Ledger", "Credit"}),
      Map.entry("deeptech", new String[] {"Chip", "Vision", "Bot", "Mind", "Sense", "Quantum",
          "Neural", "Silicon", "Data", "Logic"}),
      Map.entry("green", new String[] {"Volt", "Sun", "Grid", "Cycle", "Leaf", "Charge", "Watt",
          "Carbon"}),
      Map.entry("logistics", new String[] {"Ship", "Port", "Cargo", "Freight", "Route", "Dock",
          "Haul", "Fleet"}),
      Map.entry("agritech", new String[] {"Agri", "Aqua", "Farm", "Rice", "Harvest", "Shrimp",
          "Crop", "Seed"}),
      Map.entry("healthtech", new String[] {"Med", "Care", "Bio", "Clinic", "Health", "Doc",
          "Pulse", "Cura"}),
      Map.entry("digital-transformation", new String[] {"Gov", "City", "Flow", "Desk", "Doc"}),
      Map.entry("edtech", new String[] {"Learn", "Edu", "Class", "Skill", "Tutor"}),
      Map.entry("smart-manufacturing", new String[] {"Fab", "Factory", "Machine", "Line"}),
      Map.entry("travel", new String[] {"Trip", "Tour", "Stay", "Go"}),
      Map.entry("e-commerce", new String[] {"Shop", "Mart", "Cart", "Deal", "Sell"}),
      Map.entry("proptech", new String[] {"Home", "Nest", "Build", "Rent"})));

  /** Places, with a weight, for each region/preset. */
  record Place(String name, double weight, String phonePrefix) {}

  static final List<Place> HAIPHONG_PLACES = List.of(
      new Place("Hải Phòng", 40, "+84 225"), new Place("Hà Nội", 28, "+84 24"),
      new Place("TP. Hồ Chí Minh", 14, "+84 28"), new Place("Quảng Ninh", 6, "+84 203"),
      new Place("Đà Nẵng", 5, "+84 236"), new Place("Hải Dương", 4, "+84 220"),
      new Place("Thái Bình", 3, "+84 227"));
  static final List<Place> NATIONAL_PLACES = List.of(
      new Place("Hà Nội", 34, "+84 24"), new Place("TP. Hồ Chí Minh", 34, "+84 28"),
      new Place("Đà Nẵng", 8, "+84 236"), new Place("Hải Phòng", 6, "+84 225"),
      new Place("Cần Thơ", 5, "+84 292"), new Place("Bình Dương", 4, "+84 274"),
      new Place("Huế", 3, "+84 234"), new Place("Quảng Ninh", 3, "+84 203"),
      new Place("Nghệ An", 3, "+84 238"));
  static final List<Place> INTL_PLACES = List.of(
      new Place("Helsinki", 28, "+358 9"), new Place("Stockholm", 12, "+46 8"),
      new Place("Berlin", 10, "+49 30"), new Place("London", 10, "+44 20"),
      new Place("Tallinn", 6, "+372 6"), new Place("Copenhagen", 6, "+45 33"),
      new Place("Paris", 6, "+33 1"), new Place("Singapore", 6, "+65 6"),
      new Place("Hà Nội", 4, "+84 24"), new Place("TP. Hồ Chí Minh", 4, "+84 28"),
      new Place("Oslo", 4, "+47 22"), new Place("Tokyo", 4, "+81 3"));
}
