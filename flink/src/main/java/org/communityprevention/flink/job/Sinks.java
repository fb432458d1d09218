package org.communityprevention.flink.job;

import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Writes a stream as JSON Lines files under a directory (文件输出). */
final class Sinks {
  private Sinks() {}

  static <T> void jsonLines(DataStream<T> stream, MapFunction<T, String> line, String directory, String name) {
    stream.map(line).returns(Types.STRING).name("to json " + name).uid("json-" + name)
        .sinkTo(FileSink.forRowFormat(new Path(directory, name), new SimpleStringEncoder<String>("UTF-8")).build())
        .name("write " + name).uid("write-" + name);
  }
}
