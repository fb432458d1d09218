package org.communityprevention.services.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Service catalogue")
class CatalogueTest {

  @Test
  @DisplayName("§5.1–§5.4 and §6.6: the catalogue's stable codes, in their stable bit order")
  void stableCodes() {
    assertThat(CommunityService.all()).extracting(CommunityService::code).containsExactly(
        "daily_necessities", "chronic_medicine_delivery", "key_group_care", "emergency_vehicle", "holiday_visit",
        "living_support", "emotional_comfort", "government_services", "holiday_stayer_services", "worker_subsidy");
    assertThat(CommunityService.byCode("holiday_visit")).contains(CommunityService.HOLIDAY_VISIT);
    assertThat(CommunityService.byCode("nothing")).isEmpty();
  }

  @Test
  @DisplayName("every entry has Chinese and English names and cites §5.1–§5.4 or §6.6")
  void namesAndClauses() {
    Set<String> zh = new HashSet<>();
    for (CommunityService s : CommunityService.all()) {
      assertThat(s.chinese()).isNotBlank();
      assertThat(s.english()).isNotBlank();
      assertThat(zh.add(s.chinese())).as("distinct Chinese name " + s.chinese()).isTrue();
      assertThat(s.clauses()).isNotEmpty()
          .allMatch(c -> List.of(Clause.S5_1, Clause.S5_2, Clause.S5_3, Clause.S5_4, Clause.S6_6).contains(c));
    }
    assertThat(CommunityService.HOLIDAY_VISIT.clauses()).containsExactly(Clause.S5_3);
    assertThat(CommunityService.WORKER_SUBSIDY.audience()).isEqualTo(Audience.COMMUNITY_WORKER);
    assertThat(CommunityService.KEY_GROUP_CARE.chinese()).contains("失能老人").contains("残疾人").contains("孕产妇");
  }

  @Test
  @DisplayName("§2.6 every entry can be delivered through an offline channel, so the offline guarantee can always be met")
  void offlineChannelInCatalogue() {
    for (CommunityService s : CommunityService.all()) {
      assertThat(s.channels()).as(s.code()).anyMatch(Channel::isOffline);
      assertThat(s.channelMask() & Channel.OFFLINE_MASK).isNotZero();
    }
    assertThat(CommunityService.KEY_GROUP_CARE.channels()).doesNotContain(Channel.ONLINE);
  }

  @Test
  @DisplayName("masks and sets convert both ways")
  void masks() {
    Set<CommunityService> some = EnumSet.of(CommunityService.DAILY_NECESSITIES, CommunityService.HOLIDAY_VISIT);
    assertThat(CommunityService.setOf(CommunityService.maskOf(some))).isEqualTo(some);
    assertThat(Channel.setOf(Channel.maskOf(EnumSet.of(Channel.OFFLINE)))).containsExactly(Channel.OFFLINE);
    assertThat(Channel.OFFLINE_MASK).isEqualTo(Channel.OFFLINE.bit() | Channel.DOOR_TO_DOOR.bit());
    assertThat(Channel.ONLINE.isOffline()).isFalse();
  }

  @Test
  @DisplayName("a channel plan runs the catalogue channels of any service it does not list")
  void planDefaults() {
    ChannelPlan plan = ChannelPlan.catalogue().with(CommunityService.GOVERNMENT_SERVICES, EnumSet.of(Channel.ONLINE));
    assertThat(plan.channelsOf(CommunityService.GOVERNMENT_SERVICES)).containsExactly(Channel.ONLINE);
    assertThat(plan.channelsOf(CommunityService.DAILY_NECESSITIES))
        .isEqualTo(CommunityService.DAILY_NECESSITIES.channels());
    ChannelPlan replaced = plan.with(CommunityService.GOVERNMENT_SERVICES, EnumSet.of(Channel.OFFLINE));
    assertThat(replaced.channelsOf(CommunityService.GOVERNMENT_SERVICES)).containsExactly(Channel.OFFLINE);
  }

  @Test
  @DisplayName("a plan that runs a service through no channel, or through one the catalogue lacks, is refused")
  void badPlans() {
    assertThatThrownBy(() -> ChannelPlan.of(Map.of(CommunityService.HOLIDAY_VISIT, EnumSet.noneOf(Channel.class))))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
            .isEqualTo("services.catalogue.no_channel"))
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).field())
            .isEqualTo("channels.HOLIDAY_VISIT"));
    assertThatThrownBy(() -> ChannelPlan.of(Map.of(CommunityService.KEY_GROUP_CARE, EnumSet.of(Channel.ONLINE))))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
            .isEqualTo("services.catalogue.channel_not_in_catalogue"));
    assertThatThrownBy(() -> Json.read("{\"channels\":{\"KEY_GROUP_CARE\":[\"ONLINE\"]}}", ChannelPlan.class))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Json.read("{\"channels\":{\"NO_SUCH_SERVICE\":[\"ONLINE\"]}}", ChannelPlan.class))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("channel plans survive a JSON round trip")
  void planJsonRoundTrip() {
    qt().forAll(ServiceGenerators.channelPlans()).checkAssert(plan ->
        assertThat(Json.read(Json.write(plan), ChannelPlan.class)).isEqualTo(plan));
    assertThat(Json.write(ChannelPlan.catalogue().with(CommunityService.GOVERNMENT_SERVICES,
        EnumSet.of(Channel.ONLINE)))).isEqualTo("{\"channels\":{\"GOVERNMENT_SERVICES\":[\"ONLINE\"]}}");
  }
}
