import { Routes } from '@angular/router';
import { UserRole } from '@pbx/contracts';
import { authGuard, guestGuard, homeRedirectGuard, roleGuard } from './core/auth/auth.guards';

const customerGuard = roleGuard(UserRole.CustomerAdmin, UserRole.CustomerUser);

export const appRoutes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('./pages/login/login-page.routes').then((m) => m.loginPageRoutes),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
      {
        path: 'services',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/services/service-activation-page.routes').then((m) => m.serviceActivationPageRoutes),
      },
      {
        path: 'calls',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/calls/call-list-page.routes').then((m) => m.callListPageRoutes),
      },
      {
        path: 'phone-accounts',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/phone-accounts/phone-accounts-page.routes').then((m) => m.phoneAccountsPageRoutes),
      },
      {
        path: 'agents',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/agents/agents-page.routes').then((m) => m.agentsPageRoutes),
      },
      {
        path: 'queues',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/queues/queues-page.routes').then((m) => m.queuesPageRoutes),
      },
      {
        path: 'call-center',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/queues/queues-page.routes').then((m) => m.campaignsPageRoutes),
      },
      {
        path: 'numbers',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/numbers/numbers-page.routes').then((m) => m.numbersPageRoutes),
      },
      {
        path: 'trunks',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/trunks/trunks-page.routes').then((m) => m.trunksPageRoutes),
      },
      {
        path: 'users',
        canActivate: [roleGuard(UserRole.CustomerAdmin)],
        loadChildren: () => import('./pages/users/users-page.routes').then((m) => m.usersPageRoutes),
      },
      {
        path: 'account',
        canActivate: [customerGuard],
        loadChildren: () => import('./pages/account-settings/account-settings-page.routes').then((m) => m.accountSettingsPageRoutes),
      },
      {
        path: 'support',
        canActivate: [roleGuard(UserRole.Support)],
        loadChildren: () => import('./pages/support/support-page.routes').then((m) => m.supportPageRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
