package org.communityprevention.core.population;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Term;

/**
 * What a village does with a category of person (工作类别): survey them, monitor their health, trace them, isolate
 * them, visit them at the festival, or serve them during an outbreak. Each {@link Category} belongs to one track.
 */
public enum Track implements Term {
  /** 信息摸排 (§2.2): find and register the person. */
  SURVEY("信息摸排", "information survey", Clause.S2_2),
  /** 健康监测 (§2.3): monitor the person's health for a window, with tests. */
  HEALTH_MONITORING("健康监测", "health monitoring", Clause.S2_3),
  /** 密接、次密接排查 (§2.4): trace and manage a contact. */
  CONTACT_TRACING("密切接触者排查", "contact tracing", Clause.S2_4),
  /** 隔离医学观察 (§2.4 home, §2.5 centralised). */
  ISOLATION("隔离医学观察", "isolation medical observation", Clause.S2_4, Clause.S2_5),
  /** 走访慰问 (§5.3): a festival visit in an area without an outbreak. */
  CARE_VISIT("走访慰问", "holiday care visit", Clause.S5_3),
  /** 扩大服务范围 (§5.4): added to the service scope of an area with an outbreak. */
  OUTBREAK_SCOPE("疫情地区服务范围", "outbreak service scope", Clause.S5_4);

  private final String chinese;
  private final String english;
  private final ImmutableList<Clause> clauses;

  Track(String chinese, String english, Clause... clauses) {
    this.chinese = chinese;
    this.english = english;
    this.clauses = ImmutableList.copyOf(clauses);
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** The clauses of the notice behind the track. */
  public List<Clause> clauses() {
    return clauses;
  }

  /** Whether people on this track are actively managed day by day (monitoring, tracing or isolation, §2.3). */
  public boolean isManaged() {
    return this == HEALTH_MONITORING || this == CONTACT_TRACING || this == ISOLATION;
  }
}
