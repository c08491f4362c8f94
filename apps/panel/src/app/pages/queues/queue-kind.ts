import { ActivatedRouteSnapshot } from '@angular/router';
import { NumberTargetType, QueueKind } from '@pbx/contracts';

/** Route data of the two lists: `/queues` (QUE-1) and `/call-center` (CC-1) share the pages. */
export interface QueueRouteData {
  kind: QueueKind;
}

/** The translation prefix of each kind's own texts ("Waiting queue" vs "Campaign"). */
export const KIND_I18N: Record<QueueKind, string> = {
  [QueueKind.WaitingQueue]: 'queues.kinds.queue',
  [QueueKind.CallCenterCampaign]: 'queues.kinds.campaign',
};

/** The list each kind lives in. */
export const KIND_LINK: Record<QueueKind, string> = {
  [QueueKind.WaitingQueue]: '/queues',
  [QueueKind.CallCenterCampaign]: '/call-center',
};

/** What a public number points to when it rings this kind. */
export const KIND_TARGET: Record<QueueKind, NumberTargetType> = {
  [QueueKind.WaitingQueue]: NumberTargetType.Queue,
  [QueueKind.CallCenterCampaign]: NumberTargetType.CallCenterCampaign,
};

export function routeKind(route: ActivatedRouteSnapshot): QueueKind {
  return (route.data as Partial<QueueRouteData>).kind ?? QueueKind.WaitingQueue;
}
