package io.matcher.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.matcher.model.Contact;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Side;
import io.matcher.model.Startup;
import io.matcher.plan.EventSchedule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;

/**
 * {@code recipients.json}: every participant's <em>own</em> e-mail address, the address book of
 * {@code matcher send} ({@code io.matcher.deliver}). The address is the owner's whether or not they
 * marked their contact shareable: sharing governs what <em>counterparts</em> see, and a person is
 * always sent their own schedule. It is the only output file holding addresses; no message ever
 * carries it, and phones are not in it (nothing sends text messages).
 *
 * <pre>
 * {"event": "…", "people": [{"id": "I001", "side": "investor", "name": "…", "email": "…" | null}]}
 * </pre>
 *
 * <p>Everyone of the event is listed, with or without meetings (after a re-plan, people left
 * with none are still sent their cancellations), investors then startups, by id.
 */
public final class RecipientsJson {
  /** The file name in the output directory. */
  public static final String FILE = "recipients.json";

  private RecipientsJson() {}

  public static byte[] write(EventSchedule s) {
    Event e = s.event();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
      DefaultIndenter ind = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(ind).withArrayIndenter(ind));
      g.writeStartObject();
      g.writeStringField("event", Text.clean(e.name()));
      g.writeStringField("note", "Private: each participant's own e-mail address, for `matcher send`. "
          + "Never attached to a message; do not publish.");
      g.writeArrayFieldStart("people");
      for (Investor i : e.investors().stream().sorted(Comparator.comparing(Investor::id)).toList()) {
        person(g, Side.INVESTOR, i.id(), i.name(), i.contact());
      }
      for (Startup x : e.startups().stream().sorted(Comparator.comparing(Startup::id)).toList()) {
        person(g, Side.STARTUP, x.id(), x.name(), x.contact());
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  private static void person(JsonGenerator g, Side side, String id, String name, Contact c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", Text.clean(id));
    g.writeStringField("side", side == Side.INVESTOR ? "investor" : "startup");
    g.writeStringField("name", Text.clean(name));
    String email = c == null ? null : Text.oneLine(c.email());
    if (email == null || email.isEmpty()) {
      g.writeNullField("email");
    } else {
      g.writeStringField("email", email);
    }
    g.writeEndObject();
  }
}
