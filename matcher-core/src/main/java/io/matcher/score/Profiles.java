package io.matcher.score;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Preference;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Fold;
import io.matcher.taxonomy.Sector;
import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event's profiles turned into the primitive arrays the components read on the hot path:
 * sector codes as small ints with a parent table, stages as bit masks, amounts in the base
 * currency as doubles (NaN when unknown), locations as indexes of distinct places, interests as
 * shares ({@link Interests}: stated and portfolio-derived), and the per-pair facts
 * (wishes, vetoes, exclusions) as bit flags of the few pairs that have any ({@link PairFlags}).
 */
final class Profiles {
  static final int INV_WANT = 1;
  static final int ST_WANT = 2;
  static final int INV_MUST = 4;
  static final int ST_MUST = 8;
  static final int INV_NO = 16;
  static final int ST_NO = 32;
  static final int INV_EXCLUDES = 64;
  static final int ST_EXCLUDES = 128;

  final Event event;
  final int investors;
  final int startups;
  final List<String> sectorCodes; // id -> code
  final int[] parent; // sector id -> parent id or -1
  final Interests interests;
  final int[][] investorSectors; // stated and portfolio sectors
  final double[][] investorSectorRatio; // share / the investor's largest share, aligned
  final double[][] investorStageRatio; // [investor][rung]
  final int[][] startupSectors;
  final int[] startupSectorSet; // startup -> index into sectorSets
  final int[][] sectorSets; // the distinct startup sector lists, in first-seen order
  final int[] investorStageMask;
  final int[] startupRung; // -1 unknown
  final double[] ticketMin;
  final double[] ticketMax;
  final double[] raise;
  final double[] logRaise; // log10 of the raise; -Double.MAX_VALUE for <= 0, NaN when unknown
  final int[] unknownRaise; // the startups without a raise in the base currency, ascending
  final List<String> locationKeys; // distinct keys (Interests.locationKey), startups' first
  final int[][] investorLocations; // indexes into locationKeys
  final double[][] investorLocationRatio; // aligned
  final int[] startupLocation; // index into locationKeys, -1 when none
  final PairFlags pairFlags;
  final Map<String, Integer> investorPos;
  final Map<String, Integer> startupPos;

  Profiles(Event event) {
    this.event = event;
    this.investors = event.investors().size();
    this.startups = event.startups().size();
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (Sector s : event.taxonomy().sectors()) {
      ids.put(s.code(), ids.size());
    }
    for (Investor i : event.investors()) {
      i.sectors().forEach(c -> ids.putIfAbsent(c, ids.size()));
    }
    for (Startup s : event.startups()) {
      s.sectors().forEach(c -> ids.putIfAbsent(c, ids.size()));
    }
    event.portfolio().forEach(d -> d.sectors().forEach(c -> ids.putIfAbsent(c, ids.size())));
    this.interests = Interests.of(event);
    Map<String, Integer> locIds = new LinkedHashMap<>();
    Map<String, String> keyOf = new HashMap<>();
    startupLocation = new int[startups];
    for (int s = 0; s < startups; s++) {
      String loc = event.startups().get(s).location();
      startupLocation[s] = loc == null || Fold.key(loc).isEmpty() ? -1 : locIds.computeIfAbsent(
          keyOf.computeIfAbsent(loc, l -> Interests.locationKey(event.gazetteer(), l)),
          k -> locIds.size());
    }
    this.sectorCodes = List.copyOf(ids.keySet());
    this.parent = new int[ids.size()];
    for (String code : sectorCodes) {
      String p = event.taxonomy().byCode(code).map(Sector::parent).orElse(null);
      parent[ids.get(code)] = p == null || !ids.containsKey(p) ? -1 : ids.get(p);
    }
    investorSectors = new int[investors][];
    investorStageMask = new int[investors];
    ticketMin = new double[investors];
    ticketMax = new double[investors];
    investorSectorRatio = new double[investors][];
    investorStageRatio = new double[investors][Stage.values().length];
    investorLocations = new int[investors][];
    investorLocationRatio = new double[investors][];
    investorPos = new HashMap<>();
    for (int i = 0; i < investors; i++) {
      Investor inv = event.investors().get(i);
      investorPos.put(inv.id(), i);
      List<Interests.Share> sec = interests.sectors(i);
      investorSectors[i] = sec.stream().mapToInt(sh -> ids.get(sh.key())).toArray();
      investorSectorRatio[i] = Interests.ratios(sec);
      List<Interests.Share> stg = interests.stages(i);
      double[] stageRatio = Interests.ratios(stg);
      for (int k = 0; k < stg.size(); k++) {
        Stage st = Stage.ofCode(stg.get(k).key()).orElseThrow();
        investorStageRatio[i][st.ordinal()] = stageRatio[k];
        investorStageMask[i] |= 1 << st.ordinal();
      }
      ticketMin[i] = base(inv.ticketMin(), inv.ticketCurrency());
      ticketMax[i] = base(inv.ticketMax(), inv.ticketCurrency());
      if (inv.ticketMin() == null && inv.ticketMax() == null) {
        ticketMin[i] = interests.derivedTicket(i)[0];
        ticketMax[i] = interests.derivedTicket(i)[1];
      }
      List<Interests.Share> loc = interests.locations(i);
      investorLocations[i] = loc.stream()
          .mapToInt(sh -> locIds.computeIfAbsent(sh.key(), k -> locIds.size())).toArray();
      investorLocationRatio[i] = Interests.ratios(loc);
    }
    locationKeys = List.copyOf(locIds.keySet());
    startupSectors = new int[startups][];
    startupSectorSet = new int[startups];
    Map<List<Integer>, Integer> sets = new LinkedHashMap<>();
    startupRung = new int[startups];
    raise = new double[startups];
    startupPos = new HashMap<>();
    for (int s = 0; s < startups; s++) {
      Startup st = event.startups().get(s);
      startupPos.put(st.id(), s);
      startupSectors[s] = st.sectors().stream().mapToInt(ids::get).distinct().toArray();
      startupSectorSet[s] = sets.computeIfAbsent( // as a sorted set: the fits ignore the order
          Arrays.stream(startupSectors[s]).sorted().boxed().toList(), k -> sets.size());
      startupRung[s] = st.stage() == null ? -1 : st.stage().ordinal();
      raise[s] = base(st.raiseAmount(), st.raiseCurrency());
    }
    logRaise = new double[startups];
    for (int s = 0; s < startups; s++) {
      // a raise of 0 (or less) lies below every positive amount and inside an open minimum
      logRaise[s] = raise[s] > 0 ? Math.log10(raise[s]) : raise[s] <= 0 ? -Double.MAX_VALUE
          : Double.NaN;
    }
    unknownRaise = java.util.stream.IntStream.range(0, startups)
        .filter(s -> Double.isNaN(raise[s])).toArray();
    sectorSets = sets.keySet().stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    PairFlags.Builder flags = new PairFlags.Builder(investors);
    for (int i = 0; i < investors; i++) {
      for (String ex : event.investors().get(i).exclude()) {
        Integer s = startupPos.get(ex);
        if (s != null) {
          flags.add(i, s, INV_EXCLUDES);
        }
      }
    }
    for (int s = 0; s < startups; s++) {
      for (String ex : event.startups().get(s).exclude()) {
        Integer i = investorPos.get(ex);
        if (i != null) {
          flags.add(i, s, ST_EXCLUDES);
        }
      }
    }
    for (Preference p : event.preferences()) {
      Integer i = investorPos.get(p.fromId());
      Integer s = startupPos.get(p.toId());
      boolean fromInvestor = i != null && s != null;
      if (!fromInvestor) {
        i = investorPos.get(p.toId());
        s = startupPos.get(p.fromId());
        if (i == null || s == null) {
          continue; // not a pair of this event; validation reports it
        }
      }
      flags.add(i, s, switch (p.level()) {
        case WANT -> fromInvestor ? INV_WANT : ST_WANT;
        case MUST -> fromInvestor ? INV_MUST : ST_MUST;
        case NO -> fromInvestor ? INV_NO : ST_NO;
      });
    }
    pairFlags = flags.build();
  }

  private double base(BigDecimal amount, String currency) {
    if (amount == null || currency == null) {
      return Double.NaN;
    }
    return event.currencyRates().toBase(amount, currency).map(BigDecimal::doubleValue)
        .orElse(Double.NaN);
  }

  int flags(int i, int s) {
    return pairFlags.get(i, s);
  }

  Investor investor(int i) {
    return event.investors().get(i);
  }

  Startup startup(int s) {
    return event.startups().get(s);
  }

  String base() {
    return event.currencyRates().base();
  }

}
