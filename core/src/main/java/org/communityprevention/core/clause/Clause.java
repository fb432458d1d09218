package org.communityprevention.core.clause;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityprevention.core.message.Term;
import org.communityprevention.core.validation.ValidationException;

/**
 * Every clause of the notice 民政部 国家卫生健康委关于进一步提高城乡社区防控精准化精细化水平的通知 (民发〔2021〕11号,
 * 2021-01-30), by the id the library cites: {@code §0.1} (the preamble) to {@code §6.7}. The ids and their
 * English renderings follow {@code notice-clauses.md}; decisions cite them in their reasons, and JSON writes the id.
 */
public enum Clause implements Term {
  /** §0.1 外防输入、内防反弹. */
  S0_1("§0.1", "外防输入、内防反弹", "Prevent import from outside, prevent rebound inside"),
  /** §1.1 健全村（社区）疫情防控工作体系. */
  S1_1("§1.1", "健全村（社区）疫情防控工作体系", "A prevention system in every village and community"),
  /** §1.2 统筹协调各方力量. */
  S1_2("§1.2", "统筹协调各方力量", "Coordinate all forces in the area"),
  /** §1.3 网格化管理：小组长、门栋楼院长、网格员责任. */
  S1_3("§1.3", "网格化管理：小组长、门栋楼院长、网格员责任", "Grid management: group leaders, building heads, grid workers"),
  /** §1.4 根据区域风险等级动态变化精准及时启动应急响应. */
  S1_4("§1.4", "根据区域风险等级动态变化精准及时启动应急响应", "Start the emergency response as the area's risk level changes"),
  /** §1.5 包片联户、值班值守、巡逻走访. */
  S1_5("§1.5", "包片联户、值班值守、巡逻走访", "Patch-and-household duty, duty shifts, patrols and visits"),
  /** §1.6 严格执行“日报告”和“零报告”制度. */
  S1_6("§1.6", "严格执行“日报告”和“零报告”制度", "Daily report and zero report"),
  /** §1.7 节假日全天候有人值守，值班人员信息向群众公开. */
  S1_7("§1.7", "节假日全天候有人值守，值班人员信息向群众公开", "Round-the-clock duty in holidays, duty staff published"),
  /** §1.8 农村地区重中之重；机场周边、城乡结合部、外出务工人员多的村强化措施，抵边村配合边境防控. */
  S1_8("§1.8", "农村地区重中之重；机场周边、城乡结合部、外出务工人员多的村强化措施，抵边村配合边境防控", "Rural areas first; strengthened measures near airports, in the urban-rural fringe, in villages with many migrant workers; border villages"),
  /** §2.1 进出卡点、体温检测、健康码查验、信息登记、封闭管理. */
  S2_1("§2.1", "进出卡点、体温检测、健康码查验、信息登记、封闭管理", "Checkpoints, temperature and health-code checks, registration, closed management"),
  /** §2.2 重点人群信息摸排. */
  S2_2("§2.2", "重点人群信息摸排", "Information survey of vulnerable groups"),
  /** §2.3 重点人员健康监测，不漏报、不瞒报，杜绝漏管失控. */
  S2_3("§2.3", "重点人员健康监测，不漏报、不瞒报，杜绝漏管失控", "Health monitoring of key persons; no missed or concealed report; nobody unmanaged"),
  /** §2.4 密切接触者和次密切接触者排查，居家隔离医学观察. */
  S2_4("§2.4", "密切接触者和次密切接触者排查，居家隔离医学观察", "Tracing close and secondary close contacts; home isolation medical observation"),
  /** §2.5 集中隔离医学观察. */
  S2_5("§2.5", "集中隔离医学观察", "Centralised isolation medical observation"),
  /** §2.6 保留线下渠道. */
  S2_6("§2.6", "保留线下渠道", "Keep offline channels for the elderly, the disabled and other special groups"),
  /** §3.1 多渠道宣传. */
  S3_1("§3.1", "多渠道宣传", "Publicity through many channels"),
  /** §3.2 健康教育. */
  S3_2("§3.2", "健康教育", "Health education"),
  /** §3.3 喜事缓办、丧事简办、宴会不办. */
  S3_3("§3.3", "喜事缓办、丧事简办、宴会不办", "Postpone weddings, simplify funerals, hold no banquets"),
  /** §3.4 及时发布疫情信息，不信谣不传谣. */
  S3_4("§3.4", "及时发布疫情信息，不信谣不传谣", "Publish epidemic news; no rumours"),
  /** §3.5 村（居）民会议等控制频次、规模、时长，中高风险地区暂缓组织. */
  S3_5("§3.5", "村（居）民会议等控制频次、规模、时长，中高风险地区暂缓组织", "Meetings: limited frequency, size and duration; postponed in medium and high risk areas"),
  /** §3.6 爱国卫生运动. */
  S3_6("§3.6", "爱国卫生运动", "Patriotic health campaign"),
  /** §3.7 做好春耕备耕. */
  S3_7("§3.7", "做好春耕备耕", "Prepare for spring ploughing"),
  /** §4.1 换届选举疫情防控指导与应急处置. */
  S4_1("§4.1", "换届选举疫情防控指导与应急处置", "Guidance and emergency planning for committee elections"),
  /** §4.2 中高风险地区暂停换届选举，降为低风险后恢复. */
  S4_2("§4.2", "中高风险地区暂停换届选举，降为低风险后恢复", "Elections suspended in medium and high risk areas until lowered to low"),
  /** §4.3 参选人员和工作人员健康申报与风险评估. */
  S4_3("§4.3", "参选人员和工作人员健康申报与风险评估", "Health declaration and risk assessment of candidates and election staff"),
  /** §4.4 确诊或疑似病例等采取专门投票办法，鼓励委托投票. */
  S4_4("§4.4", "确诊或疑似病例等采取专门投票办法，鼓励委托投票", "Special voting method and proxy voting"),
  /** §4.5 增设投票点、错时投票、延长投票时间. */
  S4_5("§4.5", "增设投票点、错时投票、延长投票时间", "More polling stations, staggered and longer voting"),
  /** §4.6 限制唱票计票现场人数. */
  S4_6("§4.6", "限制唱票计票现场人数", "Limit the people at the counting site"),
  /** §4.7 选举场所消毒. */
  S4_7("§4.7", "选举场所消毒", "Disinfect election venues"),
  /** §5.1 保障居民生活和社区服务，就地过年人员综合服务. */
  S5_1("§5.1", "保障居民生活和社区服务，就地过年人员综合服务", "Keep daily life and community services going; services for people spending the holiday where they are"),
  /** §5.2 社区服务应急预案：生活物资、慢性病药品、重点人群照护、应急车辆. */
  S5_2("§5.2", "社区服务应急预案：生活物资、慢性病药品、重点人群照护、应急车辆", "Service emergency plan: necessities, chronic medicines, care for key groups, emergency vehicles"),
  /** §5.3 未发生疫情地区走访慰问. */
  S5_3("§5.3", "未发生疫情地区走访慰问", "Holiday visits and comfort in areas without an outbreak"),
  /** §5.4 发生疫情地区扩大服务范围. */
  S5_4("§5.4", "发生疫情地区扩大服务范围", "Wider service scope in areas with an outbreak"),
  /** §5.5 社区综合服务设施防控规范. */
  S5_5("§5.5", "社区综合服务设施防控规范", "Prevention norms for community service facilities"),
  /** §6.1 协调机制. */
  S6_1("§6.1", "协调机制", "Coordination mechanism"),
  /** §6.2 提升能力、推广防控信息产品. */
  S6_2("§6.2", "提升能力、推广防控信息产品", "Capacity and information products"),
  /** §6.3 培训和应急演练. */
  S6_3("§6.3", "培训和应急演练", "Training and emergency drills"),
  /** §6.4 人员、设施、物资储备，口罩、体温计、消毒用品足额配备. */
  S6_4("§6.4", "人员、设施、物资储备，口罩、体温计、消毒用品足额配备", "Staff, facilities and reserves; masks, thermometers, disinfectant in full"),
  /** §6.5 疫苗接种. */
  S6_5("§6.5", "疫苗接种", "Vaccination of community workers"),
  /** §6.6 中高风险地区城乡社区工作者补贴. */
  S6_6("§6.6", "中高风险地区城乡社区工作者补贴", "Subsidies for community workers in medium and high risk areas"),
  /** §6.7 各省报送贯彻落实情况. */
  S6_7("§6.7", "各省报送贯彻落实情况", "Provinces report their implementation");

  private static final Map<String, Clause> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Clause::id, Function.identity()));

  private final String id;
  private final String chinese;
  private final String english;

  Clause(String id, String chinese, String english) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  /** The id cited in reasons and documents, such as {@code §2.3}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** The clause's gist in Chinese, close to the notice's words. */
  public String chinese() {
    return chinese;
  }

  /** The clause's gist in English. */
  public String english() {
    return english;
  }

  /** The section number: 0 for the preamble, 1 to 6 for the numbered parts. */
  public int section() {
    return id.charAt(1) - '0';
  }

  /** The clause with an id such as {@code §2.3} (the {@code §} may be omitted). */
  @JsonCreator
  public static Clause ofId(String id) {
    Clause c = BY_ID.get(id.startsWith("§") ? id : "§" + id);
    if (c == null) {
      throw ValidationException.of("clause", "core.clause.unknown");
    }
    return c;
  }
}
