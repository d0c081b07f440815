# JVM flags for the nianbao processes measured by the benchmarks; sourced by bench/run.sh.
# nianbao_jvm_flags JAR prints the flags to start JAR with (empty: the JVM's defaults).
nianbao_jvm_flags() {
  echo ""
}
