#!/usr/bin/env bash
# Debian packages the general lexicon is compiled from (scripts/lexicon/build-lexicon.ts).
# Only needed to rebuild retrieval/query/data/lexicon.json; the product ships the compiled file.
set -euo pipefail
packages=(dict-freedict-eng-fra dict-freedict-fra-eng dict-freedict-eng-spa dict-freedict-spa-eng wordnet-base apertium-fr-es apertium-eng-spa lttoolbox)
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
$sudo apt-get install -y --no-install-recommends "${packages[@]}"
