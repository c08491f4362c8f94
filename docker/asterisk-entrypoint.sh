#!/bin/bash
# Renders the platform's Asterisk configuration (asterisk/*.conf, @VAR@ placeholders) from the
# environment into /etc/asterisk, then runs Asterisk in the foreground.
#   asterisk-entrypoint.sh            render, then exec asterisk
#   asterisk-entrypoint.sh render     render only (also usable outside Docker with
#                                     CONFIG_SRC=<repo>/asterisk CONFIG_DST=/etc/asterisk)
set -euo pipefail
# bash 5.2 would expand "&" in ${x//pat/rep}; values must be copied literally.
shopt -u patsub_replacement 2>/dev/null || true

CONFIG_SRC=${CONFIG_SRC:-/usr/local/share/pbx-asterisk}
CONFIG_DST=${CONFIG_DST:-/etc/asterisk}

: "${DB_PORT:=5432}" "${RTP_START:=10000}" "${RTP_END:=10199}"
: "${EXTERNAL_ADDRESS:=}" "${LOCAL_NET:=}" "${ASTERISK_SYSTEMNAME:=}"
required=(ARI_PASSWORD DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD RTP_START RTP_END)
optional=(EXTERNAL_ADDRESS LOCAL_NET ASTERISK_SYSTEMNAME)

for name in "${required[@]}"; do
  if [ -z "${!name:-}" ]; then
    echo "asterisk-entrypoint: $name is not set" >&2
    exit 1
  fi
done

mkdir -p "$CONFIG_DST"
for src in "$CONFIG_SRC"/*.conf; do
  text=$(<"$src")
  for name in "${required[@]}" "${optional[@]}"; do
    value=${!name}
    # ";" starts a comment in Asterisk config files: escape it inside values.
    value=${value//;/\\;}
    if [ -z "$value" ]; then
      # An unset optional setting drops its whole line, leaving Asterisk's default.
      text=$(printf '%s\n' "$text" | grep -vF "@$name@" || true)
    else
      text=${text//@$name@/$value}
    fi
  done
  if leftover=$(printf '%s\n' "$text" | grep -oE '@[A-Z_]+@' | sort -u | tr '\n' ' ') && [ -n "$leftover" ]; then
    echo "asterisk-entrypoint: $(basename "$src") still has placeholders: $leftover" >&2
    exit 1
  fi
  dst="$CONFIG_DST/$(basename "$src")"
  printf '%s\n' "$text" > "$dst"
  # Holds the ARI and database passwords.
  chmod 0640 "$dst"
done

if [ "${1:-}" = "render" ]; then
  exit 0
fi

if id asterisk >/dev/null 2>&1; then
  chown -R asterisk:asterisk "$CONFIG_DST" /var/lib/asterisk /var/spool/asterisk /var/log/asterisk /var/run/asterisk
fi

# -f foreground (logs to stdout), -n no colours; asterisk.conf drops root for runuser.
exec /usr/sbin/asterisk -f -n -vvv "$@"
