import { Routes } from '@angular/router';
import { TrunksPageComponent } from './trunks-page.component';

export const trunksPageRoutes: Routes = [{ path: '', component: TrunksPageComponent }];
