package io.matcher.index;

import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Taxonomy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns profiles into documents: what the text relevance queries, and no more (the text, the
 * sector codes with their parents, the id). The content hash covers exactly what is indexed (after
 * sector expansion) plus the document layout and the analysis configuration, so a document is
 * rewritten when and only when something it holds would change.
 */
final class ProfileDocuments {
  /** Version of the document layout; part of every hash, so a new layout rewrites old indexes. */
  private static final String LAYOUT = "doc-v2";

  private final Taxonomy taxonomy;
  private final String fingerprint;

  ProfileDocuments(Taxonomy taxonomy, AnalysisConfig config) {
    this.taxonomy = taxonomy;
    this.fingerprint = LAYOUT + "|" + config.fingerprint();
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
    return b.build(s.id());
  }

  ProfileDocument investor(Investor i) {
    Builder b = new Builder("investor");
    b.text(i.name(), i.organisation(), i.thesis());
    b.sectors(expandedSectors(taxonomy, i.sectors()));
    return b.build(i.id());
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

    ProfileDocument build(String id) {
      String hash = sha256(id + '\n' + canonical);
      doc.add(new StringField(Fields.ID, id, Field.Store.NO));
      doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
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
