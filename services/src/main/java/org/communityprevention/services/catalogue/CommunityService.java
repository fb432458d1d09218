package org.communityprevention.services.catalogue;

import static org.communityprevention.services.catalogue.Channel.DOOR_TO_DOOR;
import static org.communityprevention.services.catalogue.Channel.OFFLINE;
import static org.communityprevention.services.catalogue.Channel.ONLINE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.message.Term;

/**
 * A community service of the catalogue (社区服务项目): the services of §5.1–§5.4 for residents and the §6.6 subsidy for
 * community workers, with a stable code, Chinese and English names, the clauses behind it and the channels it can be
 * delivered through. Every entry has at least one offline channel, so the §2.6 offline guarantee can always be met.
 *
 * <p>The enum order is stable and is the bit order of {@link #bit()}; new services are only ever appended.
 */
public enum CommunityService implements Term {
  /** 生活物资供应 (§5.2). */
  DAILY_NECESSITIES("生活物资供应", "daily-necessities supply", Audience.RESIDENT,
      List.of(Clause.S5_2), ONLINE, OFFLINE, DOOR_TO_DOOR),
  /** 慢性病药品配送 (§5.2). */
  CHRONIC_MEDICINE_DELIVERY("慢性病药品配送", "chronic-disease medicine delivery", Audience.RESIDENT,
      List.of(Clause.S5_2), ONLINE, OFFLINE, DOOR_TO_DOOR),
  /** 失能老人、残疾人和孕产妇等重点人群照料 (§5.2). */
  KEY_GROUP_CARE("失能老人、残疾人和孕产妇等重点人群照料",
      "care for key groups: elderly people unable to care for themselves, persons with disabilities, "
          + "pregnant and postpartum women", Audience.RESIDENT, List.of(Clause.S5_2), OFFLINE, DOOR_TO_DOOR),
  /** 应急车辆调配 (§5.2). */
  EMERGENCY_VEHICLE("应急车辆调配", "emergency-vehicle dispatch", Audience.RESIDENT,
      List.of(Clause.S5_2), ONLINE, OFFLINE, DOOR_TO_DOOR),
  /** 节日期间走访慰问 (§5.3): only in areas without an outbreak. */
  HOLIDAY_VISIT("节日期间走访慰问", "holiday visit and comfort", Audience.RESIDENT,
      List.of(Clause.S5_3), ONLINE, OFFLINE, DOOR_TO_DOOR),
  /** 生活保障 (§5.3), 帮助解决生活困难 (§5.4). */
  LIVING_SUPPORT("生活保障", "living support", Audience.RESIDENT,
      List.of(Clause.S5_3, Clause.S5_4), ONLINE, OFFLINE, DOOR_TO_DOOR),
  /** 情感抚慰和心理疏导 (§5.3, §5.4). */
  EMOTIONAL_COMFORT("情感抚慰和心理疏导", "emotional comfort and psychological counselling", Audience.RESIDENT,
      List.of(Clause.S5_3, Clause.S5_4), ONLINE, OFFLINE, DOOR_TO_DOOR),
  /** 社区政务服务 (§5.1): door to door means 代办, a worker handles the matter for the resident. */
  GOVERNMENT_SERVICES("社区政务服务", "community government services", Audience.RESIDENT,
      List.of(Clause.S5_1), ONLINE, OFFLINE, DOOR_TO_DOOR),
  /** 面向就地过年群众的社区综合服务 (§5.1). */
  HOLIDAY_STAYER_SERVICES("就地过年群众社区综合服务",
      "integrated services for people spending the holiday where they are", Audience.RESIDENT,
      List.of(Clause.S5_1), ONLINE, OFFLINE, DOOR_TO_DOOR),
  /** 中高风险地区城乡社区工作者补贴 (§6.6): paid to community workers, not a resident service. */
  WORKER_SUBSIDY("中高风险地区城乡社区工作者补贴", "subsidy for community workers in medium- and high-risk areas",
      Audience.COMMUNITY_WORKER, List.of(Clause.S6_6), OFFLINE);

  private static final List<CommunityService> ALL = ImmutableList.copyOf(values());

  private final String chinese;
  private final String english;
  private final Audience audience;
  private final ImmutableList<Clause> clauses;
  private final Set<Channel> channels;
  private final int channelMask;

  CommunityService(String chinese, String english, Audience audience, List<Clause> clauses, Channel... channels) {
    this.chinese = chinese;
    this.english = english;
    this.audience = audience;
    this.clauses = ImmutableList.copyOf(clauses);
    this.channels = Sets.immutableEnumSet(EnumSet.of(channels[0], channels));
    this.channelMask = Channel.maskOf(this.channels);
  }

  /** Stable lower-case code, such as {@code chronic_medicine_delivery}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Chinese name, as vendors' forms write it. */
  public String chinese() {
    return chinese;
  }

  /** English name. */
  public String english() {
    return english;
  }

  /** Who the entry serves. */
  public Audience audience() {
    return audience;
  }

  /** The clauses of the notice behind the service, the main one first. */
  public List<Clause> clauses() {
    return clauses;
  }

  /** The channels the service can be delivered through; always holds an offline channel. */
  public Set<Channel> channels() {
    return channels;
  }

  /** {@link #channels()} as a channel mask. */
  public int channelMask() {
    return channelMask;
  }

  /** This service's bit in a service mask ({@code 1L << ordinal()}). */
  public long bit() {
    return 1L << ordinal();
  }

  /** Whether a service mask holds this service. */
  public boolean in(long mask) {
    return (mask & bit()) != 0;
  }

  /** Every entry, in the stable enum order. */
  public static List<CommunityService> all() {
    return ALL;
  }

  /** The mask of a set of services. */
  public static long maskOf(Set<CommunityService> services) {
    long m = 0;
    for (CommunityService s : services) {
      m |= s.bit();
    }
    return m;
  }

  /** The services of a mask, as a new mutable set in enum order. */
  public static EnumSet<CommunityService> setOf(long mask) {
    EnumSet<CommunityService> out = EnumSet.noneOf(CommunityService.class);
    for (CommunityService s : ALL) {
      if (s.in(mask)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The entry with a code, such as {@code holiday_visit}. */
  public static Optional<CommunityService> byCode(String code) {
    for (CommunityService s : ALL) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
