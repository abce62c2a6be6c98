#!/usr/bin/env bash
# Re-fetch the vendored cytoscape.js used by the offline HTML explorer (kg/sinks/static/).
#
# Usage: scripts/vendor-cytoscape.sh [VERSION]      (default: the pinned version below)
#
# npm downloads the package into a throw-away directory; only the minified
# browser build and the licence are copied into the repository, so the exported
# HTML needs no network and no CDN. Commit the result together with the README.
set -euo pipefail

VERSION="${1:-3.34.4}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST="$HERE/../kg/sinks/static"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

cd "$TMP"
npm pack --silent "cytoscape@${VERSION}" >/dev/null
tar -xzf cytoscape-"${VERSION}".tgz
mkdir -p "$DEST"
cp package/dist/cytoscape.min.js "$DEST/cytoscape.min.js"
cp package/LICENSE "$DEST/LICENSE.cytoscape"
SHA="$(sha256sum "$DEST/cytoscape.min.js" | cut -d' ' -f1)"
SIZE="$(wc -c <"$DEST/cytoscape.min.js")"

cat >"$DEST/README.md" <<README
# Vendored third-party code

\`cytoscape.min.js\` is cytoscape.js ${VERSION} (MIT licence, see \`LICENSE.cytoscape\`),
the file \`dist/cytoscape.min.js\` of the npm package \`cytoscape@${VERSION}\`
(https://www.npmjs.com/package/cytoscape, https://github.com/cytoscape/cytoscape.js).

- size: ${SIZE} bytes
- sha256: ${SHA}

It is inlined into every HTML explorer that \`kg export --format html\` writes, so the
page works offline. Re-fetch it with \`scripts/vendor-cytoscape.sh [VERSION]\`.
README
echo "cytoscape ${VERSION}: ${SIZE} bytes, sha256 ${SHA} -> $DEST"
