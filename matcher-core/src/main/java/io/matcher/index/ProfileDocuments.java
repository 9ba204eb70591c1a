package io.matcher.index;

import io.matcher.model.CurrencyRates;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Fold;
import io.matcher.taxonomy.Stage;
import io.matcher.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns profiles into documents. The content hash covers exactly what is indexed (after sector
 * expansion and currency conversion) plus the analysis configuration, so a document is rewritten
 * when and only when something it holds would change.
 */
final class ProfileDocuments {
  private final Taxonomy taxonomy;
  private final CurrencyRates rates;
  private final String fingerprint;

  ProfileDocuments(Taxonomy taxonomy, CurrencyRates rates, AnalysisConfig config) {
    this.taxonomy = taxonomy;
    this.rates = rates;
    this.fingerprint = config.fingerprint() + "|" + rates.base();
  }

  /** Sector codes with their parents, sorted. */
  static TreeSet<String> expandedSectors(Taxonomy taxonomy, List<String> codes) {
    TreeSet<String> out = new TreeSet<>();
    for (String c : codes) {
      out.addAll(taxonomy.selfAndParent(c));
    }
    return out;
  }

  ProfileDocument startup(Startup s) {
    Builder b = new Builder("startup");
    b.text(s.name(), s.description());
    b.sectors(expandedSectors(taxonomy, s.sectors()));
    if (s.stage() != null) {
      b.stage(s.stage());
    }
    base(s.raiseAmount(), s.raiseCurrency()).ifPresent(v -> b.amount(Fields.RAISE, v));
    if (s.location() != null) {
      b.location(s.location());
    }
    return b.build(s.id());
  }

  ProfileDocument investor(Investor i) {
    Builder b = new Builder("investor");
    b.text(i.name(), i.organisation(), i.thesis());
    b.sectors(expandedSectors(taxonomy, i.sectors()));
    i.stages().stream().sorted().forEach(b::stage);
    base(i.ticketMin(), i.ticketCurrency()).ifPresent(v -> b.amount(Fields.TICKET_MIN, v));
    base(i.ticketMax(), i.ticketCurrency()).ifPresent(v -> b.amount(Fields.TICKET_MAX, v));
    i.locations().stream().sorted().forEach(b::location);
    return b.build(i.id());
  }

  private Optional<Double> base(BigDecimal amount, String currency) {
    if (amount == null || currency == null) {
      return Optional.empty();
    }
    return rates.toBase(amount, currency).map(BigDecimal::doubleValue);
  }

  /** Collects fields and the canonical text the hash is computed from. */
  private final class Builder {
    private final Document doc = new Document();
    private final StringBuilder canonical = new StringBuilder();

    Builder(String kind) {
      canonical.append(fingerprint).append('\n').append(kind).append('\n');
    }

    void text(String... parts) {
      StringBuilder t = new StringBuilder();
      for (String p : parts) {
        if (p != null && !p.isBlank()) {
          t.append(p).append('\n');
        }
      }
      canonical.append("text=").append(t).append('\u0000');
      doc.add(new TextField(Fields.TEXT, t.toString(), Field.Store.NO));
    }

    void sectors(TreeSet<String> codes) {
      canonical.append("sectors=").append(codes).append('\n');
      codes.forEach(c -> doc.add(new StringField(Fields.SECTOR, c, Field.Store.NO)));
    }

    void stage(Stage s) {
      canonical.append("stage=").append(s.code()).append('\n');
      doc.add(new StringField(Fields.STAGE, s.code(), Field.Store.NO));
      doc.add(new IntPoint(Fields.STAGE_RUNG, s.ordinal()));
      doc.add(new SortedNumericDocValuesField(Fields.STAGE_RUNG, s.ordinal()));
    }

    void amount(String field, double value) {
      canonical.append(field).append('=').append(value).append('\n');
      doc.add(new DoublePoint(field, value));
      doc.add(new DoubleDocValuesField(field, value));
    }

    void location(String location) {
      String key = Fold.key(location);
      if (!key.isEmpty()) {
        canonical.append("location=").append(key).append('\n');
        doc.add(new StringField(Fields.LOCATION, key, Field.Store.NO));
      }
    }

    ProfileDocument build(String id) {
      String hash = sha256(id + '\n' + canonical);
      doc.add(new StringField(Fields.ID, id, Field.Store.YES));
      doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
      doc.add(new StringField(Fields.HASH, hash, Field.Store.NO));
      doc.add(new SortedDocValuesField(Fields.HASH, new BytesRef(hash)));
      return new ProfileDocument(id, hash, doc);
    }
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
