import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API_PREFIX } from '@pbx/contracts';
import { catchError, throwError } from 'rxjs';
import { SessionService } from './session.service';
import { SessionTokenStore } from './session-token.store';

const API_PATH = `/${API_PREFIX}/`;
const LOGIN_PATH = `${API_PATH}auth/login`;

/** Adds the bearer token to API calls; an expired or revoked token sends the user to the login page. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith(API_PATH)) {
    return next(request);
  }
  const tokens = inject(SessionTokenStore);
  const session = inject(SessionService);
  const router = inject(Router);
  const token = tokens.token();
  const authorized = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  return next(authorized).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && request.url !== LOGIN_PATH) {
        session.endSession();
        void router.navigateByUrl('/login');
      }
      return throwError(() => error);
    }),
  );
};
