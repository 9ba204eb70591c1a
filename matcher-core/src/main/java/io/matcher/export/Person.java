package io.matcher.export;

import io.matcher.model.Side;
import io.matcher.model.Contact;
import io.matcher.model.Investor;
import io.matcher.model.Startup;

/**
 * What a personal file may show about someone: public fields only. The contact is kept only when
 * its owner marked it shareable, so a writer handed a {@code Person} cannot leak a private e-mail
 * or phone even by mistake.
 *
 * @param organisation the investor's fund or company; null for startups (the startup is the
 *     organisation)
 * @param website the startup's website, or null
 * @param sharedContact the contact when shareable, else null
 */
public record Person(
    Side side, String id, String name, String organisation, String website, Contact sharedContact) {

  public static Person of(Investor investor) {
    return new Person(Side.INVESTOR, investor.id(), investor.name(), blankToNull(investor.organisation()),
        null, shared(investor.contact()));
  }

  public static Person of(Startup startup) {
    return new Person(Side.STARTUP, startup.id(), startup.name(), null, blankToNull(startup.website()),
        shared(startup.contact()));
  }

  /** "name — organisation", or the name alone, on one line. */
  public String display() {
    return organisation == null ? Text.oneLine(name) : Text.oneLine(name) + " — " + Text.oneLine(organisation);
  }

  /** "e-mail · phone" of a shareable contact, or "" when there is none to show. */
  public String contactLine() {
    if (sharedContact == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    if (!Text.blank(sharedContact.email())) {
      b.append(Text.oneLine(sharedContact.email()));
    }
    if (!Text.blank(sharedContact.phone())) {
      if (b.length() > 0) {
        b.append(" · ");
      }
      b.append(Text.oneLine(sharedContact.phone()));
    }
    return b.toString();
  }

  private static Contact shared(Contact c) {
    return c != null && c.shareable() && !c.isEmpty() ? c : null;
  }

  private static String blankToNull(String s) {
    return Text.blank(s) ? null : s;
  }
}
