import { Routes } from '@angular/router';
import { CallListPageComponent } from './call-list-page.component';
import { CallListViewPageComponent } from './call-list-view-page.component';

export const callListPageRoutes: Routes = [
  { path: '', component: CallListPageComponent },
  // "Show" of a generated call list (REC-6).
  { path: 'lists/:id', component: CallListViewPageComponent },
];
