import { Routes } from '@angular/router';
import { NumbersPageComponent } from './numbers-page.component';

export const numbersPageRoutes: Routes = [{ path: '', component: NumbersPageComponent }];
