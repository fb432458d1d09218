package org.communityprevention.risk.response;

import java.util.Optional;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.message.Term;

/**
 * Who issues a response order (发布指令的机关): the local Party committee and government (当地党委和政府) of a
 * province, city, county or township, as §2.1 says ("按照当地党委和政府部署要求"), or an epidemic prevention and
 * control headquarters (疫情防控指挥部) acting for them. A committee and government directs the areas of its own
 * level and below, never an area above it; a headquarters has no level of its own here, so its reach is not checked.
 */
public enum OrderAuthority implements Term {
  /** 省级党委和政府. */
  PROVINCE("省级党委和政府", "provincial Party committee and government", DivisionLevel.PROVINCE),
  /** 市级党委和政府. */
  CITY("市级党委和政府", "city Party committee and government", DivisionLevel.PREFECTURE),
  /** 县级党委和政府. */
  COUNTY("县级党委和政府", "county Party committee and government", DivisionLevel.COUNTY),
  /** 乡镇党委和政府. */
  TOWNSHIP("乡镇党委和政府", "township Party committee and government", DivisionLevel.TOWNSHIP),
  /** 疫情防控指挥部. */
  HEADQUARTERS("疫情防控指挥部", "epidemic prevention and control headquarters", null);

  private final String chinese;
  private final String english;
  private final DivisionLevel level;

  OrderAuthority(String chinese, String english, DivisionLevel level) {
    this.chinese = chinese;
    this.english = english;
    this.level = level;
  }

  /** Chinese term. */
  public String chinese() {
    return chinese;
  }

  /** English term. */
  public String english() {
    return english;
  }

  /** The division level the authority governs; empty for a headquarters. */
  public Optional<DivisionLevel> level() {
    return Optional.ofNullable(level);
  }

  /** Whether the authority may direct an area of this level: its own level or below. */
  public boolean reaches(DivisionLevel area) {
    return level == null || !area.isAbove(level);
  }
}
