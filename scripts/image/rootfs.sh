#!/usr/bin/env bash
# A minimal Debian-based root file system in $1, from the .deb files in $2, with a non-root user $3.
# Only files are unpacked (dpkg-deb -x): no maintainer scripts run, no dpkg database is written.
set -euo pipefail
rootfs=$1 debs=$2 uid=$3
mkdir -p "$rootfs"/{usr/bin,usr/sbin,usr/lib,usr/lib64,usr/local/bin,etc/ssl/certs,app,data,tmp}
for link in bin sbin lib lib64; do ln -sfn "usr/$link" "$rootfs/$link"; done  # Debian's merged /usr
for deb in "$debs"/*.deb; do
  dpkg-deb --fsys-tarfile "$deb" | tar -x --keep-directory-symlink -C "$rootfs"
done
# What maintainer scripts would have made: the CA bundle, the time zone, users and groups.
find "$rootfs/usr/share/ca-certificates" -name '*.crt' -print0 | sort -z | xargs -0 cat \
  >"$rootfs/etc/ssl/certs/ca-certificates.crt"
ln -sfn /usr/share/zoneinfo/Etc/UTC "$rootfs/etc/localtime"
echo UTC >"$rootfs/etc/timezone"
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\napp:x:%s:%s:app:/app:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' \
  "$uid" "$uid" >"$rootfs/etc/passwd"
printf 'root:x:0:\napp:x:%s:\nnogroup:x:65534:\n' "$uid" >"$rootfs/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$rootfs/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$rootfs/etc/hosts"
# Documentation, manuals, translations and dpkg's leftovers: not needed at run time.
rm -rf "$rootfs"/usr/share/{doc,man,info,locale,lintian,bug} "$rootfs"/etc/{ca-certificates.conf,ld.so.conf.d}
chmod 1777 "$rootfs/tmp"
chown "$uid:$uid" "$rootfs/data" && chmod 0750 "$rootfs/data"
