package org.communityprevention.services.catalogue;

import java.util.EnumSet;
import java.util.Set;
import org.communityprevention.core.message.Term;

/**
 * A channel through which a community service reaches a resident (服务渠道). §2.6 asks that information systems keep
 * offline channels (线下渠道) for the elderly, the disabled and other special groups: {@link #OFFLINE} and
 * {@link #DOOR_TO_DOOR} are the offline ones. The enum order is stable and is the bit order of {@link #bit()}.
 */
public enum Channel implements Term {
  /** 线上: an app, mini-program, website or other information system. */
  ONLINE("线上", "online"),
  /** 线下: a counter, service point or telephone line staffed by people. */
  OFFLINE("线下", "offline"),
  /** 上门: a worker or volunteer comes to the home (上门服务、代办、配送). */
  DOOR_TO_DOOR("上门", "door to door");

  /** The mask of the offline channels ({@link #OFFLINE} and {@link #DOOR_TO_DOOR}). */
  public static final int OFFLINE_MASK = (1 << 1) | (1 << 2);

  private final String chinese;
  private final String english;

  Channel(String chinese, String english) {
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

  /** Stable lower-case code, such as {@code door_to_door}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** This channel's bit in a channel mask ({@code 1 << ordinal()}). */
  public int bit() {
    return 1 << ordinal();
  }

  /** Whether the channel works without an information system (§2.6). */
  public boolean isOffline() {
    return this != ONLINE;
  }

  /** The mask of a set of channels. */
  public static int maskOf(Set<Channel> channels) {
    int m = 0;
    for (Channel c : channels) {
      m |= c.bit();
    }
    return m;
  }

  /** The channels of a mask, as a new mutable set in enum order. */
  public static EnumSet<Channel> setOf(int mask) {
    EnumSet<Channel> out = EnumSet.noneOf(Channel.class);
    for (Channel c : values()) {
      if ((mask & c.bit()) != 0) {
        out.add(c);
      }
    }
    return out;
  }
}
