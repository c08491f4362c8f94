import { Routes } from '@angular/router';
import { UsersPageComponent } from './users-page.component';

export const usersPageRoutes: Routes = [{ path: '', component: UsersPageComponent }];
