import { Routes } from '@angular/router';
import { AgentsPageComponent } from './agents-page.component';

export const agentsPageRoutes: Routes = [{ path: '', component: AgentsPageComponent }];
