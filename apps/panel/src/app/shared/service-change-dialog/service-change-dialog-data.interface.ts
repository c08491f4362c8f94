import { ActivateServiceDto, ServiceKind } from '@pbx/contracts';

export interface ServiceChangeDialogData {
  kind: ServiceKind;
  /** True to switch the service on, false to switch it off. */
  activate: boolean;
}

/** What the user confirmed; `options` only for activations that take them (REC-1). */
export interface ServiceChangeDecision {
  options?: ActivateServiceDto;
}
