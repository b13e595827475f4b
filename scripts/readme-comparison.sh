#!/usr/bin/env bash
# Regenerates the worked comparison of README.md (the lines between the readme-comparison markers) from a fresh
# run of the command shown there, so that the README's numbers are the ones a new user gets. Re-run it whenever the
# model or the shipped scenarios change, and commit README.md with the change.
#
#   scripts/readme-comparison.sh            # 100 replications, as the README's command
#   REPLICATIONS=30 scripts/readme-comparison.sh
set -euo pipefail
cd "$(dirname "$0")/.."

reps=${REPLICATIONS:-100}
readme=README.md
begin='<!-- readme-comparison:begin'
end='<!-- readme-comparison:end'
grep -q "^$begin" "$readme" && grep -q "^$end" "$readme" || { echo "$0: markers not found in $readme" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scenarios=(scenarios/sco-baseline.yaml scenarios/rules/unanimity.yaml scenarios/rules/qualified-majority.yaml)
./scosim compare "${scenarios[@]}" --replications "$reps" --no-plots --no-comparison-plots --out "$work/rules" \
    > "$work/summary.txt"
grep -q '^  Under ' "$work/summary.txt" || { echo "$0: no summary sentences in the output:" >&2; cat "$work/summary.txt" >&2; exit 1; }
version=$(./scosim --version | head -1)

{
    echo '```sh'
    echo "./scosim compare ${scenarios[0]} ${scenarios[1]} ${scenarios[2]} \\"
    echo "    --replications $reps --out results/compare/rules"
    echo '```'
    echo
    echo "Every scenario runs with the same replication seeds, so differences come from the scenarios, not from noise."
    echo "\`report.html\` opens with the differences in words; with this command ($version) they are:"
    echo
    sed -n 's/^  Under /- Under /p' "$work/summary.txt"
} > "$work/block.md"

awk -v block="$work/block.md" -v b="$begin" -v e="$end" '
    index($0, b) == 1 { print; while ((getline line < block) > 0) print line; skip = 1; next }
    index($0, e) == 1 { skip = 0 }
    !skip { print }' "$readme" > "$work/README.md"
cp "$work/README.md" "$readme"
echo "README.md: worked comparison regenerated ($reps replications)"
