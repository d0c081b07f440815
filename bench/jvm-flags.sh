# JVM flags of the measured processes; sourced by bench/run.sh.
# Both use the class data sharing archive built beside the jar at package time (when present),
# and send JVM warnings to standard error (the server's standard output is the protocol).

# The language server: what an editor should start it with (see BENCHMARKS.md).
nianbao_server_flags() {
  local archive="${1%.jar}.jsa"
  local flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms8m -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr"
  [[ -f $archive ]] && flags+=" -XX:SharedArchiveFile=$archive"
  echo "$flags"
}

# The CLI: the flags the launcher ./nianbao uses (the default collector, G1, whose JDK archive
# heap objects Java 17 maps; the archives mapped at the address they were made for).
nianbao_cli_flags() {
  local archive="${1%.jar}.jsa"
  local flags="-XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
  [[ -f $archive ]] && flags+=" -XX:SharedArchiveFile=$archive"
  echo "$flags"
}
