#!/usr/bin/env bash
# The citation verifier on documents it has never seen: eval/verify/unseen/tune-u.json cites the documents of
# eval/unseen/tune and tune-en, held-out-u.json those of held-out and held-out-en; tune-u-2.json and held-out-u-2.json
# (a second set, written later) both cite val-3 and val-3-en, tune-u-3.json and held-out-u-3.json (a third, mostly
# French) val-4 and val-4-en, tune-u-4.json and held-out-u-4.json (a fourth) tune-4 and tune-en-4, tune-u-5.json and
# held-out-u-5.json (a fifth) tune-3 and tune-en-3, tune-u-6.json and held-out-u-6.json (a sixth) tune-2 and tune-en-2,
# tune-u-7.json and held-out-u-7.json (a seventh) tune-5 and tune-en-5, tune-u-8.json and held-out-u-8.json (an eighth)
# tune-6 and tune-en-6.
# Each pair of corpora is put together in a temporary
# folder (one manifest), and scripts/eval-verify.ts runs over it.
#   bash scripts/unseen-verify.sh tune|held-out|tune-2|held-out-2|tune-3|held-out-3|tune-4|held-out-4|tune-5|held-out-5|tune-6|held-out-6|tune-7|held-out-7|tune-8|held-out-8 [--details] [--by-kind]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
half="${1:?tune, held-out, tune-2, held-out-2, tune-3, held-out-3, tune-4, held-out-4, tune-5, held-out-5, tune-6, held-out-6, tune-7, held-out-7, tune-8 or held-out-8}"; shift
case "$half" in
  tune) parts=(tune tune-en); file=tune-u.json ;;
  held-out) parts=(held-out held-out-en); file=held-out-u.json ;;
  tune-2) parts=(val-3 val-3-en); file=tune-u-2.json ;;
  held-out-2) parts=(val-3 val-3-en); file=held-out-u-2.json ;;
  tune-3) parts=(val-4 val-4-en); file=tune-u-3.json ;;
  held-out-3) parts=(val-4 val-4-en); file=held-out-u-3.json ;;
  tune-4) parts=(tune-4 tune-en-4); file=tune-u-4.json ;;
  held-out-4) parts=(tune-4 tune-en-4); file=held-out-u-4.json ;;
  tune-5) parts=(tune-3 tune-en-3); file=tune-u-5.json ;;
  held-out-5) parts=(tune-3 tune-en-3); file=held-out-u-5.json ;;
  tune-6) parts=(tune-2 tune-en-2); file=tune-u-6.json ;;
  held-out-6) parts=(tune-2 tune-en-2); file=held-out-u-6.json ;;
  tune-7) parts=(tune-5 tune-en-5); file=tune-u-7.json ;;
  held-out-7) parts=(tune-5 tune-en-5); file=held-out-u-7.json ;;
  tune-8) parts=(tune-6 tune-en-6); file=tune-u-8.json ;;
  held-out-8) parts=(tune-6 tune-en-6); file=held-out-u-8.json ;;
  *) echo "unseen-verify: tune, held-out, tune-2, held-out-2, tune-3, held-out-3, tune-4, held-out-4, tune-5, held-out-5, tune-6, held-out-6, tune-7, held-out-7, tune-8 or held-out-8, not '$half'" >&2; exit 2 ;;
esac
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/documents"
for p in "${parts[@]}"; do cp "$root/eval/unseen/$p/corpus/documents/"* "$dir/documents/"; done
manifests=()
for p in "${parts[@]}"; do manifests+=("$root/eval/unseen/$p/corpus/manifest.json"); done
node -e '
  const fs = require("fs");
  const [out, ...manifests] = process.argv.slice(1);
  const documents = manifests.flatMap((m) => JSON.parse(fs.readFileSync(m, "utf8")).documents);
  fs.writeFileSync(out, JSON.stringify({ version: 1, documents }, null, 2));
' "$dir/manifest.json" "${manifests[@]}"
cd "$root"
IOTSEC_CORPUS="$dir" npx tsx scripts/eval-verify.ts "eval/verify/unseen/$file" "$@"
