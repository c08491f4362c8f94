import { Routes } from '@angular/router';
import { PhoneAccountsPageComponent } from './phone-accounts-page.component';

export const phoneAccountsPageRoutes: Routes = [{ path: '', component: PhoneAccountsPageComponent }];
