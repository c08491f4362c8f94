import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PJSIP realtime tables (ps_endpoints, ps_auths, ps_aors, ps_contacts) exactly as Asterisk's own
 * alembic scripts (contrib/ast-db-manage/config/versions in the Asterisk source) leave them in
 * PostgreSQL after every upgrade: same columns, order, types, enum types, unique constraints and
 * indexes. Which script each column comes from: asterisk/realtime/ps-tables.columns.json.
 *
 * Asterisk reads every column it knows (SELECT *) and inserts ps_contacts rows itself, writing
 * booleans as true/false, so the types must be Asterisk's (ast_bool_values), not guesses.
 * Alembic defines no primary key here: id is NOT NULL + UNIQUE (<table>_id_key) + index <table>_id.
 * Everything is IF NOT EXISTS / duplicate-safe so the migration also runs against a database where
 * Asterisk's alembic already created these objects.
 */

/** Enum types used by the four tables, with the values the alembic scripts give them. */
const ENUM_TYPES: ReadonlyArray<readonly [name: string, values: readonly string[]]> = [
  ['ast_bool_values', ['0', '1', 'off', 'on', 'false', 'true', 'no', 'yes']], // fe6592859b85
  // 43956d550a44; alembic keeps it, though no column here uses it since 74dc751dfe8e
  ['yesno_values', ['yes', 'no']],
  ['pjsip_connected_line_method_values', ['invite', 'reinvite', 'update']], // 43956d550a44
  ['pjsip_direct_media_glare_mitigation_values', ['none', 'outgoing', 'incoming']], // 43956d550a44
  ['pjsip_dtmf_mode_values_v3', ['rfc4733', 'inband', 'info', 'auto', 'auto_info']], // 164abbd708c
  ['pjsip_timer_values', ['forced', 'no', 'required', 'yes']], // 43956d550a44
  [
    'pjsip_cid_privacy_values',
    [
      'allowed_not_screened',
      'allowed_passed_screened',
      'allowed_failed_screened',
      'allowed',
      'prohib_not_screened',
      'prohib_passed_screened',
      'prohib_failed_screened',
      'prohib',
      'unavailable',
    ],
  ], // 43956d550a44
  ['pjsip_100rel_values_v2', ['no', 'required', 'peer_supported', 'yes']], // 539f68bede2c
  ['pjsip_media_encryption_values', ['no', 'sdes', 'dtls']], // 43956d550a44
  ['pjsip_t38udptl_ec_values', ['none', 'fec', 'redundancy']], // 43956d550a44
  ['pjsip_dtls_setup_values', ['active', 'passive', 'actpass']], // 43956d550a44
  ['pjsip_redirect_method_values', ['user', 'uri_core', 'uri_pjsip']], // 2fc7930b41b3
  ['sha_hash_values', ['SHA-1', 'SHA-256']], // b83645976fdd
  ['pjsip_incoming_call_offer_pref_values', ['local', 'local_first', 'remote', 'remote_first']], // 9f3692b1654b
  [
    'pjsip_outgoing_call_offer_pref_values',
    ['local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first'],
  ], // 9f3692b1654b
  ['security_negotiation_values', ['no', 'mediasec']], // 417c0247fd7e
  ['pjsip_auth_type_values_v2', ['md5', 'userpass', 'google_oauth']], // 465f47f880be
];

const PS_ENDPOINTS_SQL = `
CREATE TABLE IF NOT EXISTS ps_endpoints (
  id varchar(255) NOT NULL,
  transport varchar(40),
  aors varchar(2048),
  auth varchar(255),
  context varchar(40),
  disallow varchar(200),
  allow varchar(200),
  direct_media ast_bool_values,
  connected_line_method pjsip_connected_line_method_values,
  direct_media_method pjsip_connected_line_method_values,
  direct_media_glare_mitigation pjsip_direct_media_glare_mitigation_values,
  disable_direct_media_on_nat ast_bool_values,
  dtmf_mode pjsip_dtmf_mode_values_v3,
  external_media_address varchar(40),
  force_rport ast_bool_values,
  ice_support ast_bool_values,
  identify_by varchar(80),
  mailboxes varchar(40),
  moh_suggest varchar(40),
  outbound_auth varchar(255),
  outbound_proxy varchar(255),
  rewrite_contact ast_bool_values,
  rtp_ipv6 ast_bool_values,
  rtp_symmetric ast_bool_values,
  send_diversion ast_bool_values,
  send_pai ast_bool_values,
  send_rpid ast_bool_values,
  timers_min_se integer,
  timers pjsip_timer_values,
  timers_sess_expires integer,
  callerid varchar(40),
  callerid_privacy pjsip_cid_privacy_values,
  callerid_tag varchar(40),
  "100rel" pjsip_100rel_values_v2,
  aggregate_mwi ast_bool_values,
  trust_id_inbound ast_bool_values,
  trust_id_outbound ast_bool_values,
  use_ptime ast_bool_values,
  use_avpf ast_bool_values,
  media_encryption pjsip_media_encryption_values,
  inband_progress ast_bool_values,
  call_group varchar(40),
  pickup_group varchar(40),
  named_call_group varchar(40),
  named_pickup_group varchar(40),
  device_state_busy_at integer,
  fax_detect ast_bool_values,
  t38_udptl ast_bool_values,
  t38_udptl_ec pjsip_t38udptl_ec_values,
  t38_udptl_maxdatagram integer,
  t38_udptl_nat ast_bool_values,
  t38_udptl_ipv6 ast_bool_values,
  tone_zone varchar(40),
  language varchar(40),
  one_touch_recording ast_bool_values,
  record_on_feature varchar(40),
  record_off_feature varchar(40),
  rtp_engine varchar(40),
  allow_transfer ast_bool_values,
  allow_subscribe ast_bool_values,
  sdp_owner varchar(40),
  sdp_session varchar(40),
  tos_audio varchar(10),
  tos_video varchar(10),
  sub_min_expiry integer,
  from_domain varchar(40),
  from_user varchar(40),
  mwi_from_user varchar(40),
  dtls_verify varchar(40),
  dtls_rekey varchar(40),
  dtls_cert_file varchar(200),
  dtls_private_key varchar(200),
  dtls_cipher varchar(200),
  dtls_ca_file varchar(200),
  dtls_ca_path varchar(200),
  dtls_setup pjsip_dtls_setup_values,
  srtp_tag_32 ast_bool_values,
  media_address varchar(40),
  redirect_method pjsip_redirect_method_values,
  set_var text,
  cos_audio integer,
  cos_video integer,
  message_context varchar(40),
  force_avp ast_bool_values,
  media_use_received_transport ast_bool_values,
  accountcode varchar(80),
  user_eq_phone ast_bool_values,
  moh_passthrough ast_bool_values,
  media_encryption_optimistic ast_bool_values,
  rpid_immediate ast_bool_values,
  g726_non_standard ast_bool_values,
  rtp_keepalive integer,
  rtp_timeout integer,
  rtp_timeout_hold integer,
  bind_rtp_to_media_address ast_bool_values,
  voicemail_extension varchar(40),
  mwi_subscribe_replaces_unsolicited ast_bool_values,
  deny varchar(95),
  permit varchar(95),
  acl varchar(40),
  contact_deny varchar(95),
  contact_permit varchar(95),
  contact_acl varchar(40),
  subscribe_context varchar(40),
  fax_detect_timeout integer,
  contact_user varchar(80),
  preferred_codec_only ast_bool_values,
  asymmetric_rtp_codec ast_bool_values,
  rtcp_mux ast_bool_values,
  allow_overlap ast_bool_values,
  refer_blind_progress ast_bool_values,
  notify_early_inuse_ringing ast_bool_values,
  max_audio_streams integer,
  max_video_streams integer,
  webrtc ast_bool_values,
  dtls_fingerprint sha_hash_values,
  incoming_mwi_mailbox varchar(40),
  bundle ast_bool_values,
  dtls_auto_generate_cert ast_bool_values,
  follow_early_media_fork ast_bool_values,
  accept_multiple_sdp_answers ast_bool_values,
  suppress_q850_reason_headers ast_bool_values,
  trust_connected_line ast_bool_values,
  send_connected_line ast_bool_values,
  ignore_183_without_sdp ast_bool_values,
  codec_prefs_incoming_offer varchar(128),
  codec_prefs_outgoing_offer varchar(128),
  codec_prefs_incoming_answer varchar(128),
  codec_prefs_outgoing_answer varchar(128),
  stir_shaken ast_bool_values,
  send_history_info ast_bool_values,
  allow_unauthenticated_options ast_bool_values,
  t38_bind_udptl_to_media_address ast_bool_values,
  geoloc_incoming_call_profile varchar(80),
  geoloc_outgoing_call_profile varchar(80),
  incoming_call_offer_pref pjsip_incoming_call_offer_pref_values,
  outgoing_call_offer_pref pjsip_outgoing_call_offer_pref_values,
  stir_shaken_profile varchar(80),
  security_negotiation security_negotiation_values,
  security_mechanisms varchar(512),
  send_aoc ast_bool_values,
  overlap_context varchar(80),
  tenantid varchar(80),
  suppress_moh_on_sendonly ast_bool_values,
  follow_redirect_methods varchar(95),
  rtp_port_start integer,
  rtp_port_end integer,
  tos_text varchar(10),
  cos_text integer,
  max_text_streams integer,
  timers_refresher varchar(40),
  CONSTRAINT ps_endpoints_id_key UNIQUE (id)
)`;

const PS_AUTHS_SQL = `
CREATE TABLE IF NOT EXISTS ps_auths (
  id varchar(255) NOT NULL,
  auth_type pjsip_auth_type_values_v2,
  nonce_lifetime integer,
  md5_cred varchar(40),
  password varchar(80),
  realm varchar(255),
  username varchar(40),
  refresh_token varchar(255),
  oauth_clientid varchar(255),
  oauth_secret varchar(255),
  password_digest varchar(1024),
  supported_algorithms_uas varchar(1024),
  supported_algorithms_uac varchar(1024),
  CONSTRAINT ps_auths_id_key UNIQUE (id)
)`;

const PS_AORS_SQL = `
CREATE TABLE IF NOT EXISTS ps_aors (
  id varchar(255) NOT NULL,
  contact varchar(255),
  default_expiration integer,
  mailboxes varchar(80),
  max_contacts integer,
  minimum_expiration integer,
  remove_existing ast_bool_values,
  qualify_frequency integer,
  authenticate_qualify ast_bool_values,
  maximum_expiration integer,
  outbound_proxy varchar(255),
  support_path ast_bool_values,
  qualify_timeout double precision,
  voicemail_extension varchar(40),
  remove_unavailable ast_bool_values,
  qualify_2xx_only ast_bool_values,
  CONSTRAINT ps_aors_id_key UNIQUE (id)
)`;

const PS_CONTACTS_SQL = `
CREATE TABLE IF NOT EXISTS ps_contacts (
  id varchar(255) NOT NULL,
  uri varchar(511),
  expiration_time bigint,
  qualify_frequency integer,
  outbound_proxy varchar(255),
  path text,
  user_agent varchar(255),
  qualify_timeout double precision,
  reg_server varchar(255),
  authenticate_qualify ast_bool_values,
  via_addr varchar(40),
  via_port integer,
  call_id varchar(255),
  endpoint varchar(255),
  prune_on_boot ast_bool_values,
  qualify_2xx_only ast_bool_values,
  CONSTRAINT ps_contacts_id_key UNIQUE (id),
  CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
)`;

const INDEXES_SQL: readonly string[] = [
  'CREATE INDEX IF NOT EXISTS ps_endpoints_id ON ps_endpoints (id)',
  'CREATE INDEX IF NOT EXISTS ps_auths_id ON ps_auths (id)',
  'CREATE INDEX IF NOT EXISTS ps_aors_id ON ps_aors (id)',
  'CREATE INDEX IF NOT EXISTS ps_aors_qualifyfreq_contact ON ps_aors (qualify_frequency, contact)',
  'CREATE INDEX IF NOT EXISTS ps_contacts_id ON ps_contacts (id)',
  'CREATE INDEX IF NOT EXISTS ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time)',
];

export class PjsipRealtime1732230000000 implements MigrationInterface {
  name = 'PjsipRealtime1732230000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [typeName, values] of ENUM_TYPES) {
      const list = values.map((v) => `'${v}'`).join(', ');
      // CREATE TYPE has no IF NOT EXISTS: swallow only 'already exists'.
      await queryRunner.query(
        `DO $$ BEGIN CREATE TYPE ${typeName} AS ENUM (${list}); EXCEPTION WHEN duplicate_object THEN NULL; END $$`,
      );
    }
    await queryRunner.query(PS_ENDPOINTS_SQL);
    await queryRunner.query(PS_AUTHS_SQL);
    await queryRunner.query(PS_AORS_SQL);
    await queryRunner.query(PS_CONTACTS_SQL);
    for (const sql of INDEXES_SQL) {
      await queryRunner.query(sql);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS ps_contacts');
    await queryRunner.query('DROP TABLE IF EXISTS ps_aors');
    await queryRunner.query('DROP TABLE IF EXISTS ps_auths');
    await queryRunner.query('DROP TABLE IF EXISTS ps_endpoints');
    // No CASCADE: a type another table still uses must stop the rollback, not drop its columns.
    for (const [typeName] of [...ENUM_TYPES].reverse()) {
      await queryRunner.query(`DROP TYPE IF EXISTS ${typeName}`);
    }
  }
}
