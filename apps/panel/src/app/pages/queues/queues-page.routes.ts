import { Routes } from '@angular/router';
import { QueueKind } from '@pbx/contracts';
import { QueueDetailPageComponent } from './queue-detail-page.component';
import { QueueListPageComponent } from './queue-list-page.component';
import { QueueRouteData } from './queue-kind';

function routesOf(kind: QueueKind): Routes {
  const data: QueueRouteData = { kind };
  return [
    { path: '', component: QueueListPageComponent, data },
    { path: ':id', component: QueueDetailPageComponent, data },
  ];
}

/** `/queues`: waiting queues (QUE-1). */
export const queuesPageRoutes: Routes = routesOf(QueueKind.WaitingQueue);

/** `/call-center`: Call Center campaigns (CC-1). */
export const campaignsPageRoutes: Routes = routesOf(QueueKind.CallCenterCampaign);
