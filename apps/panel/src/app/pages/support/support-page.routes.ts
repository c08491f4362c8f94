import { Routes } from '@angular/router';
import { SupportAccountPageComponent } from './support-account-page.component';
import { SupportAccountsPageComponent } from './support-accounts-page.component';

export const supportPageRoutes: Routes = [
  { path: '', component: SupportAccountsPageComponent },
  { path: 'accounts/:accountId', component: SupportAccountPageComponent },
];
