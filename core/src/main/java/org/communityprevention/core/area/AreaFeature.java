package org.communityprevention.core.area;

import org.communityprevention.core.message.Term;

/**
 * A feature of a village or community that §1.8 of the notice singles out for strengthened measures.
 */
public enum AreaFeature implements Term {
  /** 临近机场: near an airport. */
  NEAR_AIRPORT("临近机场", "near an airport"),
  /** 城乡结合部: in the urban-rural fringe. */
  URBAN_RURAL_FRINGE("城乡结合部", "urban-rural fringe"),
  /** 外出务工人员多: many outbound migrant workers. */
  MANY_OUTBOUND_MIGRANT_WORKERS("外出务工人员多", "many outbound migrant workers"),
  /** 抵边村: a border village, which also helps with border prevention. */
  BORDER_VILLAGE("抵边村", "border village");

  private final String chinese;
  private final String english;

  AreaFeature(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }
}
