#!/bin/sh
# Scores Stanford CoreNLP's French NER CRF on CoNLL files with veille's own `eval ner` scorer.
# CoreNLP (GPL) is fetched from Maven Central into the local Maven repository for this comparison
# only; it is never a dependency of veille. Needs a Java 21+ (JAVA_HOME or PATH) and
# target/veille.jar (./mvnw -q -B package -DskipTests).
#   src/test/peers/corenlp-ner.sh ../shared/data/ner/winer-fr/dev.conll ../shared/data/ner/wikineural-fr/dev.conll
set -e
cd "$(dirname "$0")/../../.."
V=4.5.10
./mvnw -q -B dependency:get -Dtransitive=false -Dartifact=edu.stanford.nlp:stanford-corenlp:$V
./mvnw -q -B dependency:get -Dtransitive=false -Dartifact=edu.stanford.nlp:stanford-corenlp:$V:jar:models-french
REPO=$(./mvnw -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout)
JARS="$REPO/edu/stanford/nlp/stanford-corenlp/$V"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$JAVA" -Xmx4g -cp "target/veille.jar:$JARS/stanford-corenlp-$V.jar:$JARS/stanford-corenlp-$V-models-french.jar" \
  src/test/peers/CoreNlpNer.java "$@"
