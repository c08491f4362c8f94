# syntax=docker/dockerfile:1
# Asterisk 22 LTS built from the release tarball on Debian bookworm (Debian ships no Asterisk
# package), with the platform's configuration from ../asterisk rendered at start from env.
# Build context: the repository root (docker/compose.yaml sets it).

ARG DEBIAN_IMAGE=debian:bookworm-slim

FROM ${DEBIAN_IMAGE} AS build
# "22-current" is the newest 22.x; a pinned release such as 22.6.0 is fetched from releases/.
ARG ASTERISK_VERSION=22-current
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      build-essential pkg-config ca-certificates wget bzip2 patch python3 \
      libedit-dev libjansson-dev libxml2-dev uuid-dev libsqlite3-dev libssl-dev \
      libsrtp2-dev libpq-dev libcurl4-openssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src
RUN set -eux; \
    case "$ASTERISK_VERSION" in \
      *-current) url="https://downloads.asterisk.org/pub/telephony/asterisk/asterisk-${ASTERISK_VERSION}.tar.gz" ;; \
      *) url="https://downloads.asterisk.org/pub/telephony/asterisk/releases/asterisk-${ASTERISK_VERSION}.tar.gz" ;; \
    esac; \
    wget -q -O asterisk.tar.gz "$url"; \
    mkdir asterisk; tar -xzf asterisk.tar.gz -C asterisk --strip-components=1
WORKDIR /usr/src/asterisk
# Bundled pjproject is the tested one; libdir /usr/lib so the runtime finds libasterisk*.so.
RUN ./configure --prefix=/usr --libdir=/usr/lib --sysconfdir=/etc --localstatedir=/var \
      --with-pjproject-bundled --with-postgres
# Portable binary (no -march=native); modules the platform relies on are forced on so a missing
# build dependency fails here rather than at the first call; WAV sounds for format_wav.
RUN make menuselect.makeopts \
 && menuselect/menuselect \
      --disable BUILD_NATIVE \
      --enable res_config_pgsql --enable res_sorcery_realtime \
      --enable res_pjsip --enable chan_pjsip \
      --enable res_ari --enable res_stasis --enable app_stasis \
      --enable app_amd --enable res_musiconhold --enable format_wav \
      --enable CORE-SOUNDS-EN-WAV --enable MOH-OPSOUND-WAV \
      menuselect.makeopts
RUN make -j"$(nproc)" && make install DESTDIR=/opt/asterisk-root

FROM ${DEBIAN_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates libedit2 libjansson4 libxml2 libuuid1 libsqlite3-0 libssl3 \
      libsrtp2-1 libpq5 libcurl4 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home-dir /var/lib/asterisk --shell /usr/sbin/nologin asterisk
COPY --from=build /opt/asterisk-root/ /
RUN ldconfig \
 && mkdir -p /etc/asterisk /var/run/asterisk /var/log/asterisk /var/spool/asterisk /var/lib/asterisk \
 && chown -R asterisk:asterisk /etc/asterisk /var/run/asterisk /var/log/asterisk /var/spool/asterisk /var/lib/asterisk
COPY asterisk/*.conf /usr/local/share/pbx-asterisk/
COPY docker/asterisk-entrypoint.sh /usr/local/bin/asterisk-entrypoint.sh
RUN chmod 0755 /usr/local/bin/asterisk-entrypoint.sh
# SIP (UDP and TCP), ARI over HTTP/WebSocket, RTP (keep in step with rtp.conf via RTP_START/END).
EXPOSE 5060/udp 5060/tcp 8088/tcp 10000-10199/udp
VOLUME ["/var/spool/asterisk", "/var/log/asterisk"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD asterisk -rx "core show uptime" >/dev/null || exit 1
ENTRYPOINT ["/usr/local/bin/asterisk-entrypoint.sh"]
