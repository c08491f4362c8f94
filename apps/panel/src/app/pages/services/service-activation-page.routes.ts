import { Routes } from '@angular/router';
import { ServiceActivationPageComponent } from './service-activation-page.component';
import { ServiceDetailPageComponent } from './service-detail-page.component';

export const serviceActivationPageRoutes: Routes = [
  { path: '', component: ServiceActivationPageComponent },
  { path: ':kind', component: ServiceDetailPageComponent },
];
