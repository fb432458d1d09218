package org.communityprevention.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.time.LocalTime;
import java.util.List;
import java.util.function.BiConsumer;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for policies and provincial policy layers.
 *
 * <p>A {@link Change} edits one leaf of a policy's JSON tree in a direction the test states independently of the
 * library's own strictness table, so properties over layers check that table rather than restate it.
 */
public final class PolicyGenerators {
  private PolicyGenerators() {}

  /** A shipped national baseline, chosen at random. */
  public static Gen<Policy> baselines() {
    return SourceDSL.integers().between(0, NationalBaselines.IDS.size() - 1)
        .map(i -> NationalBaselines.byId(NationalBaselines.IDS.get(i)));
  }

  /** One edit of a policy leaf, by how much, and whether it tightens. */
  public static final class Change {
    private final String path;
    private final boolean tightens;
    private final BiConsumer<ObjectNode, Integer> edit;
    private final int amount;

    Change(String path, boolean tightens, BiConsumer<ObjectNode, Integer> edit, int amount) {
      this.path = path;
      this.tightens = tightens;
      this.edit = edit;
      this.amount = amount;
    }

    /** The {@code PolicyFields} path the change touches. */
    public String path() {
      return path;
    }

    /** Whether the change tightens (else it loosens). */
    public boolean tightens() {
      return tightens;
    }

    /** Applies the change to a policy tree (the sections object that holds population, risk, …). */
    public void applyTo(ObjectNode sections) {
      edit.accept(sections, amount);
    }

    @Override
    public String toString() {
      return (tightens ? "tighten " : "loosen ") + path + " by " + amount;
    }
  }

  private interface Edit {
    BiConsumer<ObjectNode, Integer> make(boolean tighten);
  }

  /** Marks an edit that only tightens. */
  private static final Boolean TIGHTEN_ONLY = Boolean.TRUE;

  private static final List<Object[]> EDITS = ImmutableList.of(
      new Object[] {"population.adultAge", intEdit("population", "adultAge", +1, 0)},
      new Object[] {"population.leftBehindChildAge", intEdit("population", "leftBehindChildAge", +1, 0)},
      new Object[] {"population.elderlyAge", intEdit("population", "elderlyAge", -1, 40)},
      new Object[] {"population.postpartumDays", intEdit("population", "postpartumDays", +1, 0)},
      new Object[] {"population.closeContactLookbackDays",
          intEdit("population", "closeContactLookbackDays", +1, 0)},
      new Object[] {"population.closeContact", phaseDaysEdit("closeContact", 0)},
      new Object[] {"population.inbound", phaseDaysEdit("inbound", 0)},
      new Object[] {"population.holidayReturnee", optionalPlanEdit("holidayReturnee"), TIGHTEN_ONLY},
      new Object[] {"population.healthCodeRed", optionalPlanEdit("healthCodeRed"), TIGHTEN_ONLY},
      new Object[] {"population.recovered", phaseDaysEdit("recovered", 0)},
      new Object[] {"population.coldChainTestIntervalDays",
          intEdit("population", "coldChainTestIntervalDays", -1, 1)},
      new Object[] {"risk.windowDays", intEdit("risk", "windowDays", +1, 1)},
      new Object[] {"risk.clusterMinCases", intEdit("risk", "clusterMinCases", -1, 2)},
      new Object[] {"risk.highToMediumCleanDays", intEdit("risk", "highToMediumCleanDays", +1, 1)},
      new Object[] {"risk.mediumToLowCleanDays", intEdit("risk", "mediumToLowCleanDays", +1, 1)},
      new Object[] {"reporting.stoppedReportingDays", intEdit("reporting", "stoppedReportingDays", -1, 1)},
      new Object[] {"reporting.dailyDeadline", deadlineEdit()},
      new Object[] {"activities.meetingMaxParticipants", intEdit("activities", "meetingMaxParticipants", -1, 2)},
      new Object[] {"activities.proxyCapPerHolder", intEdit("activities", "proxyCapPerHolder", -1, 1)},
      new Object[] {"activities.votersPerPollingStation",
          intEdit("activities", "votersPerPollingStation", -1, 10)},
      new Object[] {"activities.countingSiteMaxPeople", intEdit("activities", "countingSiteMaxPeople", -1, 5)},
      new Object[] {"activities.healthDeclarationValidDays",
          intEdit("activities", "healthDeclarationValidDays", -1, 0)},
      new Object[] {"activities.mobileBallotBoxMinStaff", intEdit("activities", "mobileBallotBoxMinStaff", +1, 1)},
      new Object[] {"activities.meetingsPostponedFrom", levelEdit("activities", "meetingsPostponedFrom")},
      new Object[] {"risk.responseMeasures", measuresEdit()});

  /**
   * A change to a random field, tightening or loosening as asked, by 1 to 5 units. Optional plans absent from some
   * baselines are only tightened (absent to present, or longer): an absent plan has nothing looser.
   */
  public static Gen<Change> changes(boolean tighten) {
    List<Object[]> edits = EDITS.stream().filter(e -> tighten || e.length < 3).collect(
        java.util.stream.Collectors.toList());
    return SourceDSL.integers().between(0, edits.size() - 1)
        .zip(SourceDSL.integers().between(1, 5), (i, amount) -> {
          Object[] e = edits.get(i);
          return new Change((String) e[0], tighten, ((Edit) e[1]).make(tighten), amount);
        });
  }

  /** A list of 0 to 6 tightening changes. */
  public static Gen<List<Change>> tightenings() {
    return SourceDSL.lists().of(changes(true)).ofSizeBetween(0, 6);
  }

  /** The JSON of a provincial layer on {@code baseline} applying {@code changes}, with provenance for each. */
  public static String layerJson(Policy baseline, List<Change> changes) {
    ObjectNode sections = Json.revealingMapper().valueToTree(baseline);
    for (Change c : changes) {
      c.applyTo(sections);
    }
    ObjectNode overrides = Json.mapper().createObjectNode();
    for (String section : List.of("population", "risk", "reporting", "activities", "services")) {
      overrides.set(section, sections.get(section));
    }
    ObjectNode layer = Json.mapper().createObjectNode();
    layer.put("id", "44-test").put("version", "1").put("titleZh", "测试省级政策").put("titleEn", "Test provincial policy")
        .put("jurisdiction", "44").put("basedOn", baseline.id()).put("effectiveFrom", baseline.effectiveFrom().toString());
    layer.set("overrides", overrides);
    ObjectNode provenance = layer.putObject("provenance");
    for (Change c : changes) {
      provenance.putObject(c.path()).put("mark", "L").put("source", "test province rule");
    }
    return layer.toString();
  }

  private static Edit intEdit(String section, String field, int tighterSign, int floor) {
    return tighten -> (tree, amount) -> {
      ObjectNode s = (ObjectNode) tree.get(section);
      int sign = tighten ? tighterSign : -tighterSign;
      s.put(field, Math.max(floor, s.get(field).asInt() + sign * amount));
    };
  }

  /** An optional plan: tightening lengthens its first phase, or supplies a plan where the baseline has none. */
  private static Edit optionalPlanEdit(String plan) {
    Edit lengthen = phaseDaysEdit(plan, 0);
    return tighten -> (tree, amount) -> {
      ObjectNode population = (ObjectNode) tree.get("population");
      if (population.get(plan) == null || population.get(plan).isNull()) {
        ObjectNode phase = Json.mapper().createObjectNode().put("kind", "HOME_HEALTH_MONITORING").put("days", amount);
        phase.putArray("testDays").add(1);
        population.putObject(plan).putArray("phases").add(phase);
      } else {
        lengthen.make(tighten).accept(tree, amount);
      }
    };
  }

  private static Edit phaseDaysEdit(String plan, int phase) {
    return tighten -> (tree, amount) -> {
      ObjectNode p = (ObjectNode) tree.get("population").get(plan).get("phases").get(phase);
      int days = tighten ? p.get("days").asInt() + amount : Math.max(1, p.get("days").asInt() - amount);
      p.put("days", days);
      // A shorter phase loses the test days beyond its end, which is part of loosening it.
      ArrayNode kept = Json.mapper().createArrayNode();
      p.get("testDays").forEach(d -> {
        if (d.asInt() <= days) {
          kept.add(d);
        }
      });
      p.set("testDays", kept);
    };
  }

  private static Edit deadlineEdit() {
    return tighten -> (tree, amount) -> {
      ObjectNode s = (ObjectNode) tree.get("reporting");
      LocalTime t = LocalTime.parse(s.get("dailyDeadline").asText());
      s.put("dailyDeadline", (tighten ? t.minusMinutes(30L * amount) : t.plusMinutes(30L * amount)).toString());
    };
  }

  private static Edit levelEdit(String section, String field) {
    return tighten -> (tree, amount) -> ((ObjectNode) tree.get(section)).put(field, tighten ? "LOW" : "HIGH");
  }

  private static Edit measuresEdit() {
    return tighten -> (tree, amount) -> {
      ObjectNode m = (ObjectNode) tree.get("risk").get("responseMeasures");
      if (tighten) {
        ArrayNode low = (ArrayNode) m.get("LOW");
        low.add("TEMPERATURE_CHECK");
      } else {
        m.putArray("MEDIUM");
      }
    };
  }
}
