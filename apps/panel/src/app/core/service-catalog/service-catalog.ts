import { SERVICE_KINDS, ServiceKind } from '@pbx/contracts';

export interface ServiceCatalogEntry {
  kind: ServiceKind;
  /** Material Symbols ligature. */
  icon: string;
  /** Prefix of `name`, `menu` and `description` in the translation files. */
  i18n: string;
}

const ICONS: Record<ServiceKind, string> = {
  [ServiceKind.Recording]: 'mic',
  [ServiceKind.Ivr]: 'account_tree',
  [ServiceKind.Queues]: 'hourglass_top',
  [ServiceKind.Conferences]: 'groups',
  [ServiceKind.CallCenter]: 'headset_mic',
  [ServiceKind.Dialer]: 'dialpad',
};

/** ACC-2: the service catalogue in the order the operator's panel shows it. */
export const SERVICE_CATALOG: readonly ServiceCatalogEntry[] = SERVICE_KINDS.map((kind) => ({
  kind,
  icon: ICONS[kind],
  i18n: `services.kinds.${kind}`,
}));

export function serviceCatalogEntry(kind: string): ServiceCatalogEntry | undefined {
  return SERVICE_CATALOG.find((entry) => entry.kind === kind);
}
