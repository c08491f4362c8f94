import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { AccountServiceState, ActivateServiceDto, ROUTES, ServiceKind } from '@pbx/contracts';
import { finalize, Observable, shareReplay, switchMap, tap } from 'rxjs';
import { apiUrl } from '../http/api-url.util';

/**
 * The logged-in account's services (ACC-2), shared by the menu and the activation page so the
 * menu changes the moment a service is switched.
 */
@Injectable({ providedIn: 'root' })
export class AccountServicesStore {
  private readonly http = inject(HttpClient);
  private readonly servicesState = signal<AccountServiceState[]>([]);
  private readonly loadedState = signal(false);
  private inFlight: Observable<AccountServiceState[]> | null = null;

  readonly services = this.servicesState.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly activeKinds = computed(() => new Set(this.servicesState().filter((service) => service.active).map((service) => service.kind)));

  /** Fetches the list; callers arriving while a fetch runs share it. */
  load(): Observable<AccountServiceState[]> {
    return this.inFlight ?? this.fetch();
  }

  activate(kind: ServiceKind, options?: ActivateServiceDto): Observable<AccountServiceState[]> {
    return this.http.post<unknown>(apiUrl(ROUTES.services, kind, 'activate'), options ?? {}).pipe(switchMap(() => this.fetch()));
  }

  deactivate(kind: ServiceKind): Observable<AccountServiceState[]> {
    return this.http.post<unknown>(apiUrl(ROUTES.services, kind, 'deactivate'), {}).pipe(switchMap(() => this.fetch()));
  }

  clear(): void {
    this.servicesState.set([]);
    this.loadedState.set(false);
  }

  /** A new request, so a change is never answered by a list fetched before it. */
  private fetch(): Observable<AccountServiceState[]> {
    const request = this.http.get<AccountServiceState[]>(apiUrl(ROUTES.services)).pipe(
      tap((services) => {
        this.servicesState.set(services);
        this.loadedState.set(true);
      }),
      finalize(() => {
        if (this.inFlight === request) {
          this.inFlight = null;
        }
      }),
      shareReplay(1),
    );
    this.inFlight = request;
    return request;
  }
}
