import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { UserRole } from '@pbx/contracts';
import { map } from 'rxjs';
import { SessionService } from './session.service';

/** Lets a logged-in user through; anyone else goes to the login page. */
export const authGuard: CanActivateFn = () => {
  const session = inject(SessionService);
  const router = inject(Router);
  return session.ensureUser().pipe(map((user) => (user ? true : router.parseUrl('/login'))));
};

/** Lets only the given roles through; others land on their own home page. */
export function roleGuard(...roles: UserRole[]): CanActivateFn {
  return () => {
    const session = inject(SessionService);
    const router = inject(Router);
    return session.ensureUser().pipe(
      map((user) => {
        if (!user) {
          return router.parseUrl('/login');
        }
        return roles.includes(user.role) ? true : router.parseUrl(session.homeUrl());
      }),
    );
  };
}

/** The empty path: support staff start in the support area, customers at their services. */
export const homeRedirectGuard: CanActivateFn = () => {
  const session = inject(SessionService);
  const router = inject(Router);
  return session.ensureUser().pipe(map((user) => router.parseUrl(user ? session.homeUrl() : '/login')));
};

/** The login page is for visitors; a logged-in user goes home. */
export const guestGuard: CanActivateFn = () => {
  const session = inject(SessionService);
  const router = inject(Router);
  return session.ensureUser().pipe(map((user) => (user ? router.parseUrl(session.homeUrl()) : true)));
};
