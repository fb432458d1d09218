package org.communityprevention.boot.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.json.Json;

/**
 * Gives any {@code ObjectMapper} the library's wire format ({@code docs/json.md}) for the library's own types: each
 * value of a type in {@code org.communityprevention} is written and read by {@link Json#mapper()}, so an application's
 * mapper keeps its own settings for its own types while the library's values keep theirs — strict reading, ISO
 * dates, and personal data masked.
 */
public final class LibraryWireFormatModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final String LIBRARY = "org.communityprevention.";

  /** The module. */
  public LibraryWireFormatModule() {
    super("community-prevention-wire-format");
    setSerializerModifier(new BeanSerializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
          JsonSerializer<?> serializer) {
        return isLibrary(description.getType()) ? new ByLibrary() : serializer;
      }
    });
    setDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        return isLibrary(description.getType()) ? new FromLibrary(description.getType()) : deserializer;
      }
    });
  }

  static boolean isLibrary(JavaType type) {
    return type.getRawClass().getName().startsWith(LIBRARY)
        && !type.getRawClass().getName().startsWith("org.communityprevention.boot.");
  }

  private static final class ByLibrary extends JsonSerializer<Object> {
    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Json.mapper().writeValue(gen, value);
    }
  }

  private static final class FromLibrary extends JsonDeserializer<Object> {
    private final JavaType type;

    FromLibrary(JavaType type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return Json.mapper().readValue(p, type);
      } catch (JsonProcessingException e) {
        // The library's typed violation, naming the JSON path and never the value, is the cause callers read.
        ValidationException violation = Json.toValidation(e);
        throw JsonMappingException.from(p, violation.message(Messages.EN), violation);
      }
    }
  }
}
