#!/usr/bin/env bash
# Debian packages the general lexicon and the word frequency table are compiled from (scripts/lexicon/build-lexicon.ts),
# and the function words (scripts/lexicon/build-function-words.ts). Only needed to rebuild retrieval/query/data/lexicon.tsv,
# word-frequency.json and function-words.json; the product ships the compiled files.
set -euo pipefail
packages=(dict-freedict-eng-fra dict-freedict-fra-eng dict-freedict-eng-spa dict-freedict-spa-eng wordnet-base apertium-fr-es apertium-eng-spa lttoolbox
  wamerican wfrench wspanish liblingua-stopwords-perl mythes-fr)
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
$sudo apt-get install -y --no-install-recommends "${packages[@]}"

# Onboard's language models (French word counts): fetched and unpacked under .cache/debian/, not installed,
# since installing onboard-data would pull in the on-screen keyboard and GTK.
root="$(cd "$(dirname "$0")/../.." && pwd)"
dest="$root/.cache/debian/onboard-data"
if [ ! -f "$dest/usr/share/onboard/models/fr_FR.lm" ]; then
  tmp="$(mktemp -d)"
  chmod a+rwx "$tmp" # apt-get download writes as the _apt user
  (cd "$tmp" && apt-get download onboard-data)
  mkdir -p "$dest"
  dpkg-deb -x "$tmp"/onboard-data_*.deb "$dest"
  rm -rf "$tmp"
fi
