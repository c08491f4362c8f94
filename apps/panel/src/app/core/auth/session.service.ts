import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { AccessToken, ChangePasswordDto, LoginDto, ROUTES, UserRole } from '@pbx/contracts';
import { catchError, finalize, map, Observable, of, shareReplay, switchMap, tap } from 'rxjs';
import { apiUrl } from '../http/api-url.util';
import { AccountServicesStore } from '../service-catalog/account-services.store';
import { PanelSession } from './panel-session.interface';
import { SessionTokenStore } from './session-token.store';

/** Who is logged in; the source of role checks in guards, menu and pages. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly tokens = inject(SessionTokenStore);
  private readonly accountServices = inject(AccountServicesStore);
  private readonly userState = signal<PanelSession | null>(null);
  private pendingMe: Observable<PanelSession | null> | null = null;

  readonly user = this.userState.asReadonly();
  readonly role = computed(() => this.userState()?.role ?? null);
  readonly isSupport = computed(() => this.role() === UserRole.Support);
  readonly isCustomerAdmin = computed(() => this.role() === UserRole.CustomerAdmin);
  /** customer-user is read-only (ACC-1): mutating controls are hidden. */
  readonly canEdit = this.isCustomerAdmin;

  login(credentials: LoginDto): Observable<PanelSession | null> {
    return this.http.post<AccessToken>(apiUrl(ROUTES.auth, 'login'), credentials).pipe(
      tap(({ accessToken }) => this.tokens.set(accessToken)),
      switchMap(() => this.ensureUser()),
    );
  }

  /** Loads /auth/me once per token; null when there is no valid session. */
  ensureUser(): Observable<PanelSession | null> {
    const known = this.userState();
    if (known) {
      return of(known);
    }
    if (!this.tokens.token()) {
      return of(null);
    }
    this.pendingMe ??= this.http.get<PanelSession>(apiUrl(ROUTES.auth, 'me')).pipe(
      tap((user) => this.userState.set(user)),
      catchError(() => {
        this.tokens.clear();
        return of(null);
      }),
      finalize(() => (this.pendingMe = null)),
      shareReplay(1),
    );
    return this.pendingMe;
  }

  homeUrl(): string {
    return this.isSupport() ? '/support' : '/services';
  }

  changePassword(dto: ChangePasswordDto): Observable<void> {
    return this.http.post<void>(apiUrl(ROUTES.auth, 'password'), dto).pipe(map(() => undefined));
  }

  logout(): void {
    this.endSession();
    void this.router.navigateByUrl('/login');
  }

  /** Drops token and user without navigating (the interceptor navigates on 401). */
  endSession(): void {
    this.tokens.clear();
    this.userState.set(null);
    this.accountServices.clear();
  }

  /** Re-reads /auth/me, e.g. after the account was renamed. */
  refreshUser(): void {
    this.userState.set(null);
    this.ensureUser().subscribe();
  }
}
