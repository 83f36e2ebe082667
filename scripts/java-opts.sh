# The JVM settings Stratum ships with, sourced by scripts/run.sh (make run) and bench/lib.sh (make bench); the image
# (backend/Dockerfile) sets the same collector and archive with a heap sized from the container's limit. Measured in
# docs/performance.md ("Start-up and memory") and docs/operations.md ("Memory"). Start the JVM from the quarkus-app
# folder (cd backend/target/quarkus-app; java $STRATUM_JAVA_OPTS -jar quarkus-run.jar): the archive names the jars
# relative to it.
#   -Xms32m           the heap starts small and grows with the live data; the JVM's default initial heap is 1/64 of
#                     the machine's memory (384 MB on 24 GB), whose young generation the start-up's garbage filled
#                     before the first collection: about 100 MB more resident memory after start
#   -Xmx512m          the bound that serves 300 concurrent 1 MB bodies (docs/operations.md, "Memory")
#   -XX:+UseSerialGC  the smallest footprint; the collector that copes with that worst case in 512 MB
#   -XX:SharedArchiveFile=app-cds.jsa   class data sharing: the archive the build writes (quarkus.package.jar.appcds);
#                     a missing or mismatched archive (another JVM build) is skipped with a warning, not an error
# Not shipped: four times the optimising compiler's (C2) thresholds (-XX:Tier4InvocationThreshold=20000
# -XX:Tier4MinInvocationThreshold=2400 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000) cut the CPU to
# ready by a third and the RSS after start by about 10 MB, but their cost in the steady state was not measured on a
# quiet machine (docs/performance.md, "Start-up and memory"): compare with BENCH_JAVA_OPTS before adding them.
STRATUM_JAVA_OPTS="-Xms32m -Xmx512m -XX:+UseSerialGC -XX:SharedArchiveFile=app-cds.jsa"
