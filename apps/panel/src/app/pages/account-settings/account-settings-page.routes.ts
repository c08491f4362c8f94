import { Routes } from '@angular/router';
import { AccountSettingsPageComponent } from './account-settings-page.component';

export const accountSettingsPageRoutes: Routes = [{ path: '', component: AccountSettingsPageComponent }];
