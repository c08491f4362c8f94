import { Routes } from '@angular/router';
import { CallListPageComponent } from './call-list-page.component';

export const callListPageRoutes: Routes = [{ path: '', component: CallListPageComponent }];
