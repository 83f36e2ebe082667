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
#   -XX:Tier4*        the optimising compiler (C2) takes a method after four times the calls and loops it otherwise
#                     would: at start it compiled code that runs hot only once (configuration, validation metadata,
#                     the contract), about 3 s of CPU on a two-core machine; a request's code still reaches it within
#                     the first seconds of load, and the compiled code is the same
STRATUM_JAVA_OPTS="-Xms32m -Xmx512m -XX:+UseSerialGC -XX:SharedArchiveFile=app-cds.jsa -XX:Tier4InvocationThreshold=20000 \
-XX:Tier4MinInvocationThreshold=2400 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000"
