package org.communityprevention.services.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.testing.PersonalDataLeaks.assertNoRawIn;
import static org.communityprevention.core.testing.PersonalDataLeaks.rawsOf;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.testing.PersonGenerators;
import org.communityprevention.core.testing.PopulationGenerators;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ResidentEligibility;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Personal data (个人信息) in the services module's values: a resident (facts, classification, needs) and the
 * resident's eligibility show identity numbers, phone numbers and names only masked, in {@code toString}, in every
 * part, in default JSON and in the errors of corrupted records.
 */
@DisplayName("Personal data never shows raw in residents, eligibility and their errors")
class ResidentPersonalDataProperties {
  private static final LocalDate DAY = ServiceGenerators.SPRING_FESTIVAL;
  private static final ServiceEligibility RULES = ServiceEligibility.under(ServiceGenerators.ED7);

  @Test
  @DisplayName("a resident and the resident's eligibility hold no raw personal value in any part or in JSON")
  void residentsAndEligibility() {
    qt().forAll(residents(), ServiceGenerators.areas()).checkAssert((resident, area) -> {
      List<String> raws = rawsOf(resident.facts());
      assertThat(raws).hasSize(3);
      assertThat(assertNoRawIn(resident, raws)).isGreaterThan(3);
      ResidentEligibility e = RULES.explain(resident, area, DAY);
      assertNoRawIn(e, raws);
    });
  }

  @Test
  @DisplayName("resident lines with a corrupted personal value are rejected without repeating any raw value")
  void corruptedLines() {
    qt().forAll(residents()).checkAssert(resident -> {
      PersonFacts facts = resident.facts();
      String id = facts.identityNumber().orElseThrow().revealRaw();
      String phone = facts.phone().orElseThrow().revealRaw();
      String name = facts.name().orElseThrow().revealRaw();
      String line = Json.writeRevealing(resident);
      List<String[]> corruptions = List.of(new String[] {id, id + "3"}, new String[] {id, id.substring(0, 17)},
          new String[] {phone, phone + "55"}, new String[] {name, name + "\u0007"});
      for (String[] c : corruptions) {
        List<String> secrets = new ArrayList<>(rawsOf(facts));
        secrets.add(c[1]);
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> Json.read(line.replace(Json.writeRevealing(c[0]), Json.writeRevealing(c[1])), Resident.class));
        assertThat(e).as("corrupted %s rejected", c[1].length()).isNotNull();
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.field()).startsWith("facts."));
        assertNoRawIn(e, secrets);
      }
    });
  }

  private static Gen<Resident> residents() {
    return ServiceGenerators.residents(DAY).zip(PersonGenerators.birthDates(), PersonGenerators.phoneNumbers(),
        PersonGenerators.personNames(), (r, birth, phone, name) -> {
          PersonFacts f = r.facts();
          IdentityNumber id = PopulationGenerators.identityNumberBornOn(f.birthDate().orElse(birth),
              2 * Math.floorMod(f.personId().hashCode(), 500));
          PersonFacts withPersonalData = new PersonFacts.Builder().from(f).identityNumber(id).phone(phone)
              .name(name).build();
          return new Resident.Builder().from(r).facts(withPersonalData).build();
        });
  }
}
